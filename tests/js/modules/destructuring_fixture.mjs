export const { a: first, b: [second, ...rest] } = { a: 'one', b: ['two', 3, 4] };
