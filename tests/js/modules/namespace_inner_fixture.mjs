export const inner = 'inner';
export const reexported = 'star';
export default 'not re-exported by export *';
