import { HistorySkeleton } from "@/components/history/history-skeleton";

export default function HistoryLoading() {
  return (
    <div>
      <h1 className="text-2xl font-bold">History</h1>
      <p className="mt-1 text-slate-700">Gathering your past interviews…</p>
      <div className="mt-6">
        <HistorySkeleton />
      </div>
    </div>
  );
}
