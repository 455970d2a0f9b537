globalThis.evaluations++;
throw new Error('evaluation failed');
