// graphology-gexf's browser entry wires its parser to the DOM's DOMParser and
// Document when it loads; the writer the client uses needs neither. Import this
// before anything that imports client/src/core/export.
Object.assign(globalThis, {
  DOMParser: (globalThis as { DOMParser?: unknown }).DOMParser ?? class {},
  Document: (globalThis as { Document?: unknown }).Document ?? class {},
});

export {};
