import { filterControl, filterLabel, type CompetencyGroup, type TypeOption } from "./filter-form";

/**
 * The interview-type and competency choices of the GET filter forms (question
 * bank, history): one markup, so both lists offer the same options with the same
 * labels. Uncontrolled (defaultValue) because the URL, not React, holds the filters.
 */
export function InterviewTypeSelect({
  id,
  types,
  defaultValue,
}: {
  id: string;
  types: TypeOption[];
  defaultValue: string | undefined;
}) {
  return (
    <div>
      <label htmlFor={id} className={filterLabel}>
        Interview type
      </label>
      <select id={id} name="type" defaultValue={defaultValue ?? ""} className={filterControl}>
        <option value="">Any type</option>
        {types.map((t) => (
          <option key={t.slug} value={t.slug}>
            {t.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Competencies grouped by interview type: two types may both have e.g. "communication". */
export function CompetencySelect({
  id,
  competencyGroups,
  defaultValue,
}: {
  id: string;
  competencyGroups: CompetencyGroup[];
  defaultValue: string | undefined;
}) {
  return (
    <div>
      <label htmlFor={id} className={filterLabel}>
        Competency
      </label>
      <select id={id} name="competency" defaultValue={defaultValue ?? ""} className={filterControl}>
        <option value="">Any competency</option>
        {competencyGroups.map((group) => (
          <optgroup key={group.typeSlug} label={group.typeName}>
            {group.competencies.map((c) => (
              <option key={`${group.typeSlug}:${c.key}`} value={c.key}>
                {c.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
