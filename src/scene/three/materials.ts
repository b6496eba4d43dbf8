import { Color, DoubleSide, MeshBasicMaterial, MeshLambertMaterial } from 'three';

/**
 * Room floors are unlit, so what is drawn is exactly the palette colour the legend shows. A per-vertex
 * `pattern` flag (1 = hatched) darkens diagonal world-space stripes: the second cue besides colour
 * where a hue is reused (and, later, for closed rooms).
 */
export function roomFloorMaterial(): MeshBasicMaterial {
  const material = new MeshBasicMaterial({ vertexColors: true, side: DoubleSide });
  material.onBeforeCompile = (shader) => {
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nattribute float pattern;\nvarying float vPattern;\nvarying vec2 vPlan;')
      .replace('#include <project_vertex>', '#include <project_vertex>\nvPattern = pattern;\nvPlan = (modelMatrix * vec4(transformed, 1.0)).xz;');
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', '#include <common>\nvarying float vPattern;\nvarying vec2 vPlan;')
      .replace(
        '#include <color_fragment>',
        '#include <color_fragment>\nif (vPattern > 0.5 && fract((vPlan.x - vPlan.y) * 0.9) < 0.3) diffuseColor.rgb *= 0.55;',
      );
  };
  material.customProgramCacheKey = () => 'ht-room-floor-hatch';
  return material;
}

export const WALL_COLOUR = '#dfe3e8';

export function wallMaterial(): MeshLambertMaterial {
  return new MeshLambertMaterial({ color: WALL_COLOUR });
}

/** Beds and equipment: lit, white base so per-instance colours show as given. */
export function instanceMaterial(colour: string): MeshLambertMaterial {
  return new MeshLambertMaterial({ color: new Color(colour) });
}

/** Selection and hover outlines: unlit, so they stay bright from any angle. */
export function outlineMaterial(colour: string, opacity = 1): MeshBasicMaterial {
  return new MeshBasicMaterial({ color: new Color(colour), transparent: opacity < 1, opacity, depthWrite: opacity >= 1 });
}
