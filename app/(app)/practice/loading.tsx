export default function PracticeLoading() {
  return (
    <div>
      <h1 className="text-2xl font-bold">Solo practice</h1>
      <p className="mt-1 text-slate-700" role="status">
        Gathering questions…
      </p>
    </div>
  );
}
