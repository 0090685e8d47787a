/** An 8×8 grey image drawn as SVG cells (pixel values 0..16, 16 = black ink). */
export function DigitImage({ pixels, size = 160 }: { pixels: number[]; size?: number }) {
  const cell = size / 8;
  return (
    <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} role="img" aria-label="an 8 by 8 handwritten digit">
      {pixels.map((v, k) => {
        const shade = Math.round(255 * (1 - v / 16));
        return <rect key={k} x={(k % 8) * cell} y={Math.floor(k / 8) * cell} width={cell} height={cell} fill={`rgb(${shade},${shade},${shade})`} stroke="#d8dee6" strokeWidth={0.5} />;
      })}
    </svg>
  );
}
