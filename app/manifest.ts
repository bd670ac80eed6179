import type { MetadataRoute } from "next";

/** Lets a phone add MockLoop to its home screen with a name, colours and an icon. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "MockLoop — practise TPM interviews with peers",
    short_name: "MockLoop",
    description: "Mock interviews for aspiring Technical Program Managers, scored against real rubrics.",
    start_url: "/dashboard",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#174ca8",
    icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml" }],
  };
}
