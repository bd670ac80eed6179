"use client";

import { useSyncExternalStore } from "react";
import { FieldError, inputClass, useField, useFieldIds } from "./field-bits";

// The browser's list of zones: read on the client only, so server and client render the same first.
const noSubscribe = () => () => {};
let zoneList: string[] | undefined;
const allZones = () => (zoneList ??= Intl.supportedValuesOf("timeZone"));

function groupZones(zones: string[], selected: string): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const zone of zones.includes(selected) ? zones : [...zones, selected].sort()) {
    const region = zone.includes("/") ? zone.slice(0, zone.indexOf("/")) : "Other";
    groups.set(region, [...(groups.get(region) ?? []), zone]);
  }
  return [...groups];
}

export const zoneLabel = (zone: string) => zone.replaceAll("_", " ");

export function TimeZoneField({
  value,
  saved,
  onChange,
}: {
  value: string;
  saved: string;
  onChange: (zone: string) => void;
}) {
  const idOf = useFieldIds();
  const hintId = `${idOf("timeZone")}-hint`;
  const field = useField("timeZone", hintId);
  const zones = useSyncExternalStore(noSubscribe, allZones, () => null);

  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
      <div>
        <p className="text-base">
          Times are in <strong className="font-semibold">{zoneLabel(value)}</strong>
        </p>
        <p id={hintId} className="mt-1 max-w-prose text-sm text-slate-600">
          {value === saved
            ? "Your hours follow this zone, clock changes included. It's also the zone MockLoop shows you times in."
            : `When you save, your account's zone changes from ${zoneLabel(saved)} to ${zoneLabel(value)}, and these hours are read in the new zone.`}
        </p>
      </div>
      <div className="shrink-0">
        <label htmlFor={field.props.id} className="block text-sm font-semibold">
          Time zone
        </label>
        <select
          {...field.props}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          className={inputClass(!!field.message, "mt-1 w-full sm:w-64")}
        >
          {zones ? (
            groupZones(zones, value).map(([region, list]) => (
              <optgroup key={region} label={region}>
                {list.map((zone) => (
                  <option key={zone} value={zone}>
                    {zoneLabel(zone)}
                  </option>
                ))}
              </optgroup>
            ))
          ) : (
            <option value={value}>{zoneLabel(value)}</option>
          )}
        </select>
        <FieldError path="timeZone" message={field.message} />
      </div>
    </div>
  );
}
