/**
 * The starter palette for systems diagrams: each item is an Excalidraw element
 * skeleton (converted with convertToExcalidrawElements where Excalidraw is loaded).
 */
export interface PaletteItem {
  key: string;
  label: string;
  shape: "rectangle" | "ellipse" | "diamond";
  width: number;
  height: number;
  backgroundColor: string;
  strokeStyle?: "solid" | "dashed";
}

export const PALETTE: readonly PaletteItem[] = [
  { key: "client", label: "Client", shape: "rectangle", width: 140, height: 70, backgroundColor: "#e7f5ff" },
  { key: "service", label: "Service", shape: "rectangle", width: 160, height: 80, backgroundColor: "#ebfbee" },
  { key: "queue", label: "Queue", shape: "rectangle", width: 200, height: 50, backgroundColor: "#fff9db" },
  { key: "database", label: "Database", shape: "ellipse", width: 150, height: 90, backgroundColor: "#f3f0ff" },
  { key: "cache", label: "Cache", shape: "rectangle", width: 130, height: 60, backgroundColor: "#fff0f6" },
  {
    key: "load-balancer",
    label: "Load balancer",
    shape: "diamond",
    width: 170,
    height: 100,
    backgroundColor: "#f1f3f5",
  },
  {
    key: "external",
    label: "External system",
    shape: "rectangle",
    width: 180,
    height: 80,
    backgroundColor: "#ffffff",
    strokeStyle: "dashed",
  },
];

/** A skeleton placed with its centre at (x, y). */
export function paletteSkeleton(item: PaletteItem, x: number, y: number) {
  return {
    type: item.shape,
    x: Math.round(x - item.width / 2),
    y: Math.round(y - item.height / 2),
    width: item.width,
    height: item.height,
    backgroundColor: item.backgroundColor,
    fillStyle: "solid" as const,
    strokeStyle: item.strokeStyle ?? ("solid" as const),
    roundness: item.shape === "rectangle" ? { type: 3 as const } : null,
    label: { text: item.label },
  };
}

const COLORS = ["#1971c2", "#e03131", "#2f9e44", "#f08c00", "#9c36b5", "#0c8599", "#c2255c", "#5f3dc4"];

/** A stable colour per user, so each person's cursor keeps its colour across reloads. */
export function userColor(userId: string): string {
  let hash = 0;
  for (const ch of userId) hash = (hash * 31 + ch.charCodeAt(0)) | 0;
  return COLORS[Math.abs(hash) % COLORS.length] ?? "#1971c2";
}
