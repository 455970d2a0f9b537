globalThis.counterLoads = (globalThis.counterLoads || 0) + 1;
export const loads = globalThis.counterLoads;
