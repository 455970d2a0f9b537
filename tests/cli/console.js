console.log('out', 1, { a: [1, 'x'] });
console.info('info');
console.warn('warn');
console.error('err', 'str', [null]);
