import { ProgressSkeleton } from "@/components/progress/progress-skeleton";

export default function ProgressLoading() {
  return (
    <div>
      <h1 className="text-2xl font-bold">Progress</h1>
      <p className="mt-1 text-slate-700">Adding up your scores…</p>
      <div className="mt-6">
        <ProgressSkeleton />
      </div>
    </div>
  );
}
