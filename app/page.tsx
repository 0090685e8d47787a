/** `/`: the pitch for visitors, the course with the student's progress once signed in. */
import Link from 'next/link';
import { currentUser } from '@/lib/session';
import { courseHome } from '@/lib/data/course';
import { CourseSections } from '@/components/course/CourseSections';

export default async function Home() {
  const user = await currentUser();
  if (!user) return <Pitch />;
  const { sections } = await courseHome(user.id);
  return (
    <div className="page">
      <h1>Fully-connected neural networks</h1>
      <p className="lead">
        Twelve sections, from pixels to batch normalisation. Each one has exercises you solve in TypeScript in the browser and quizzes with
        your own numbers; everything is graded as you go.
      </p>
      <CourseSections sections={sections} />
    </div>
  );
}

function Pitch() {
  return (
    <div className="page narrow pitch">
      <h1>Learn backpropagation by writing it</h1>
      <p className="lead">
        NN Lab teaches how fully-connected neural networks really work — softmax that never overflows, the chain rule through every gate,
        momentum and Adam, initialisation and batch norm — by having you implement each piece yourself. Write TypeScript in the browser, run
        it against public checks, submit it to a grader that compares your numbers with a reference and tells you which known mistake your
        code resembles, and answer quizzes generated just for you.
      </p>
      <p className="toolbar">
        <Link href="/signup" className="button-link primary">
          Sign up
        </Link>
        <Link href="/signin" className="button-link">
          Sign in
        </Link>
      </p>
    </div>
  );
}
