/**
 * A sigma node program that draws each node as one of seven shapes (circle,
 * square, diamond, triangle, hexagon, star, ring) with an optional border, so
 * that kind is told by shape as well as by colour. Shapes are signed distance
 * functions evaluated in the fragment shader on one triangle per node.
 */
import type { Attributes } from 'graphology-types';
import { NodeProgram, type ProgramInfo } from 'sigma/rendering';
import type { NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';
import { SHAPE_CODES, type Shape } from '../../core/appearance';

const VERTEX = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec4 a_borderColor;
attribute vec2 a_position;
attribute float a_size;
attribute float a_shape;
attribute float a_angle;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;

varying vec4 v_color;
varying vec4 v_borderColor;
varying vec2 v_diffVector;
varying float v_radius;
varying float v_shape;

const float bias = 255.0 / 254.0;

// How far each shape reaches from its centre, in radii (see shapeDistance).
// The triangle is cut to fit its shape: without a GPU, a frame's cost is
// mostly the pixels shaded, and a triangle sized for the widest shape shades
// twice a circle's pixels for nothing.
float reach(float shape) {
  if (shape < 0.5) return 1.02;
  if (shape < 1.5) return 1.24;
  if (shape < 2.5) return 1.3;
  if (shape < 3.5) return 1.56;
  if (shape < 4.5) return 1.08;
  if (shape < 5.5) return 1.4;
  return 1.02;
}

void main() {
  float radius = a_size * u_correctionRatio / u_sizeRatio * 2.0;
  // The triangle's incircle (half its circumradius) holds the shape.
  vec2 diffVector = radius * 2.0 * reach(a_shape) * vec2(cos(a_angle), sin(a_angle));
  vec2 position = a_position + diffVector;
  gl_Position = vec4((u_matrix * vec3(position, 1)).xy, 0, 1);
  v_diffVector = diffVector;
  v_radius = radius;
  v_shape = a_shape;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_borderColor = a_borderColor;
  v_color.a *= bias;
}
`;

const FRAGMENT = /* glsl */ `
precision highp float;

varying vec4 v_color;
varying vec4 v_borderColor;
varying vec2 v_diffVector;
varying float v_radius;
varying float v_shape;

uniform float u_correctionRatio;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

float sdTriangle(vec2 p, float r) {
  const float k = 1.7320508;
  p.x = abs(p.x) - r;
  p.y = p.y + r / k;
  if (p.x + k * p.y > 0.0) p = vec2(p.x - k * p.y, -k * p.x - p.y) / 2.0;
  p.x -= clamp(p.x, -2.0 * r, 0.0);
  return -length(p) * sign(p.y);
}

float sdHexagon(vec2 p, float r) {
  const vec3 k = vec3(-0.866025404, 0.5, 0.577350269);
  p = abs(p);
  p -= 2.0 * min(dot(k.xy, p), 0.0) * k.xy;
  p -= vec2(clamp(p.x, -k.z * r, k.z * r), r);
  return length(p) * sign(p.y);
}

float sdStar5(vec2 p, float r, float rf) {
  const vec2 k1 = vec2(0.809016994375, -0.587785252292);
  const vec2 k2 = vec2(-0.809016994375, -0.587785252292);
  p.x = abs(p.x);
  p -= 2.0 * max(dot(k1, p), 0.0) * k1;
  p -= 2.0 * max(dot(k2, p), 0.0) * k2;
  p.x = abs(p.x);
  p.y -= r;
  vec2 ba = rf * vec2(-k1.y, k1.x) - vec2(0.0, 1.0);
  float h = clamp(dot(p, ba) / dot(ba, ba), 0.0, r);
  return length(p - ba * h) * sign(p.y * ba.x - p.x * ba.y);
}

float shapeDistance(vec2 p, float shape) {
  if (shape < 0.5) return length(p) - 1.0;
  if (shape < 1.5) return max(abs(p.x), abs(p.y)) - 0.86;
  if (shape < 2.5) return (abs(p.x) + abs(p.y)) * 0.70710678 - 0.9;
  if (shape < 3.5) return sdTriangle(p - vec2(0.0, -0.18), 1.25);
  if (shape < 4.5) return sdHexagon(p, 0.92);
  if (shape < 5.5) return sdStar5(p - vec2(0.0, -0.08), 1.3, 0.5);
  #ifdef PICKING_MODE
  return length(p) - 1.0;
  #else
  return abs(length(p) - 0.7) - 0.3;
  #endif
}

void main(void) {
  vec2 p = v_diffVector / v_radius;
  float aa = u_correctionRatio * 2.0 / v_radius;
  float d = shapeDistance(p, v_shape);

  #ifdef PICKING_MODE
  gl_FragColor = d > 0.0 ? transparent : v_color;
  #else
  vec4 color = v_color;
  if (v_borderColor.a > 0.0) {
    float bw = max(0.3, aa * 2.5);
    float t = smoothstep(-bw - aa, -bw, d);
    color = mix(v_color, vec4(v_borderColor.rgb, 1.0), t);
  }
  float alpha = 1.0 - smoothstep(-aa, 0.0, d);
  gl_FragColor = mix(transparent, color, alpha);
  #endif
}
`;

const { UNSIGNED_BYTE, FLOAT } = WebGLRenderingContext;
const UNIFORMS = ['u_sizeRatio', 'u_correctionRatio', 'u_matrix'] as const;
/** The three corners of each node's triangle. */
const ANGLES = [0, (2 * Math.PI) / 3, (4 * Math.PI) / 3] as const;

export interface ShapeNodeData extends NodeDisplayData {
  shape?: Shape;
  borderColor?: string;
}

export class NodeShapeProgram<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends NodeProgram<(typeof UNIFORMS)[number], N, E, G> {
  getDefinition() {
    return {
      VERTICES: 3,
      VERTEX_SHADER_SOURCE: VERTEX,
      FRAGMENT_SHADER_SOURCE: FRAGMENT,
      METHOD: WebGLRenderingContext.TRIANGLES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: 'a_position', size: 2, type: FLOAT },
        { name: 'a_size', size: 1, type: FLOAT },
        { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_borderColor', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_shape', size: 1, type: FLOAT },
        { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_angle', size: 1, type: FLOAT },
      ],
      // Not instanced (no CONSTANT_ATTRIBUTES): each node writes its three
      // vertices. Instanced draws cost ~12 µs per instance in software WebGL
      // (ANGLE on SwiftShader), 25× more than plain vertices: 10k nodes took
      // ~250 ms a frame without a GPU, and now take a few ms.
    };
  }

  processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData): void {
    const d = data as ShapeNodeData;
    const array = this.array;
    const color = floatColor(d.color);
    const border = floatColor(d.borderColor || '#00000000');
    const shape = SHAPE_CODES[d.shape ?? 'circle'] ?? 0;
    let i = startIndex;
    for (const angle of ANGLES) {
      array[i++] = d.x;
      array[i++] = d.y;
      array[i++] = d.size;
      array[i++] = color;
      array[i++] = border;
      array[i++] = shape;
      array[i++] = nodeIndex;
      array[i++] = angle;
    }
  }

  /**
   * Rewrites only the position of the node in `slot`, as a layout frame needs
   * (reposition.ts): its colours, size and shape are what the last full
   * process wrote. A hidden node's vertices stay zeroed.
   */
  processPosition(slot: number, data: NodeDisplayData): void {
    if (data.hidden) return;
    const array = this.array;
    const perVertex = this.STRIDE / ANGLES.length;
    for (let i = slot * this.STRIDE, end = i + this.STRIDE; i < end; i += perVertex) {
      array[i] = data.x;
      array[i + 1] = data.y;
    }
  }

  setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo): void {
    const { u_sizeRatio, u_correctionRatio, u_matrix } = uniformLocations;
    gl.uniform1f(u_correctionRatio!, params.correctionRatio);
    gl.uniform1f(u_sizeRatio!, params.sizeRatio);
    gl.uniformMatrix3fv(u_matrix!, false, params.matrix);
  }
}
