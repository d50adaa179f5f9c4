/**
 * Knows whether the GPU has finished sigma's last frame. WebGL calls return
 * at once and queue work; when frames are submitted faster than the GPU draws
 * them (software rendering, a big graph), the next upload blocks the main
 * thread until the queue drains — seconds, without a GPU. Whoever drives
 * animation (the layout) asks `idle()` and skips a frame rather than queue it.
 *
 * A WebGL2 fence is put after each frame; its status is polled without
 * blocking. On WebGL1 there are no fences and `idle()` is always true.
 */
import type Sigma from 'sigma';

export class FramePacer {
  private fences: { gl: WebGL2RenderingContext; sync: WebGLSync }[] = [];

  constructor(sigma: Sigma) {
    // getContext returns a canvas's existing context of that kind, or null (2D layers).
    const contexts = Object.values(sigma.getCanvases())
      .map((canvas) => canvas.getContext('webgl2'))
      .filter((gl): gl is WebGL2RenderingContext => gl !== null);
    sigma.on('afterRender', () => {
      this.clear();
      for (const gl of contexts) {
        const sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
        if (!sync) continue;
        gl.flush();
        this.fences.push({ gl, sync });
      }
    });
    sigma.on('kill', () => this.clear());
  }

  idle(): boolean {
    const pending = this.fences.filter(
      ({ gl, sync }) => gl.getSyncParameter(sync, gl.SYNC_STATUS) !== gl.SIGNALED,
    );
    if (pending.length === 0) this.clear();
    return pending.length === 0;
  }

  private clear(): void {
    for (const { gl, sync } of this.fences) gl.deleteSync(sync);
    this.fences = [];
  }
}
