// A real OpenID Connect provider on 127.0.0.1 for the sign-in test (oidc-provider, with its development
// login screens: any login name is accepted and becomes the subject). Usage:
//   node test/support/oidc-provider.mjs <port> <redirect_uri>
import Provider from 'oidc-provider';

const [port, redirectUri] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'nnlab-test',
      client_secret: 'nnlab-test-secret',
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  // next-auth v4 reads the email from the ID token; with conforming claims it would only be in userinfo
  conformIdTokenClaims: false,
  findAccount: async (_ctx, sub) => ({
    accountId: sub,
    claims: async () => ({ sub, email: `${sub}@idp.example.test`, email_verified: true, name: `IdP user ${sub}` }),
  }),
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ['nnlab-test-cookie-key'] },
});
provider.proxy = false;
provider.listen(Number(port), '127.0.0.1', () => console.log(`oidc provider ready at ${issuer}`));
