import { EXPORT_LINKS } from "./history-keys";

/** Plain links with `download`: the browser saves the file, no script needed. */
export function ExportLinks() {
  return (
    <div className="flex flex-wrap gap-2" role="group" aria-label="Export your whole history">
      {EXPORT_LINKS.map((link) => (
        <a
          key={link.href}
          href={link.href}
          download
          className="inline-flex min-h-11 items-center justify-center rounded-md bg-white px-4 py-2 text-sm font-semibold text-slate-900 ring-1 ring-slate-300 hover:bg-slate-100"
        >
          {link.label}
          <span className="sr-only"> of your whole history, {link.hint}</span>
        </a>
      ))}
    </div>
  );
}
