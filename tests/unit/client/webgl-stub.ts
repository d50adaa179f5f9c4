// sigma's rendering module reads WebGL constants (FLOAT, UNSIGNED_BYTE…) from
// the WebGL context classes when it loads; Node has none. Only the 2D label
// functions are used under test, so any number will do. Import this before
// anything that imports sigma/rendering.
const constants = new Proxy({}, { get: () => 0 });
Object.assign(globalThis, {
  WebGLRenderingContext:
    (globalThis as { WebGLRenderingContext?: unknown }).WebGLRenderingContext ?? constants,
  WebGL2RenderingContext:
    (globalThis as { WebGL2RenderingContext?: unknown }).WebGL2RenderingContext ?? constants,
});

export {};
