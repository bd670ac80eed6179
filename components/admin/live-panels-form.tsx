"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { apiRequest, errorMessage } from "@/components/api-request";
import { Button } from "@/components/ui/button";
import { PANEL_IDS, PANEL_TITLES, type PanelId } from "@/lib/live-room/panels";

/** Which panels an interview type's live room shows: a checkbox group saved with PUT …/live-panels. */
export function LivePanelsForm({
  typeId,
  typeName,
  initial,
  isDefault,
}: {
  typeId: string;
  typeName: string;
  initial: readonly PanelId[];
  isDefault: boolean;
}) {
  const id = useId();
  const [chosen, setChosen] = useState<PanelId[]>([...initial]);
  const save = useMutation({
    mutationFn: (panels: PanelId[]) =>
      apiRequest<{ panels: PanelId[] }>(`/api/v1/admin/interview-types/${typeId}/live-panels`, {
        method: "PUT",
        body: { panels },
      }),
  });
  const toggle = (panel: PanelId, on: boolean) => {
    save.reset();
    setChosen((prev) => PANEL_IDS.filter((p) => (p === panel ? on : prev.includes(p))));
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(chosen);
  };
  return (
    <form method="post" onSubmit={onSubmit} className="mt-3" aria-labelledby={`${id}-legend`}>
      <fieldset>
        <legend id={`${id}-legend`} className="text-sm font-semibold text-slate-800">
          Live room panels<span className="sr-only"> for {typeName}</span>
          {isDefault && !save.isSuccess ? <span className="font-normal text-slate-600"> (defaults)</span> : null}
        </legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {PANEL_IDS.map((panel) => (
            <label key={panel} className="inline-flex min-h-9 items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={chosen.includes(panel)}
                onChange={(e) => toggle(panel, e.target.checked)}
                className="size-4"
              />
              {PANEL_TITLES[panel]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-2 flex items-center gap-3">
        <Button
          type="submit"
          variant="secondary"
          className="min-h-9 px-3 py-1"
          disabled={save.isPending || chosen.length === 0}
        >
          Save panels<span className="sr-only"> for {typeName}</span>
        </Button>
        <p role="status" className="text-sm text-slate-700">
          {chosen.length === 0
            ? "Choose at least one panel."
            : save.isSuccess
              ? "Saved."
              : save.error
                ? errorMessage(save.error)
                : ""}
        </p>
      </div>
    </form>
  );
}
