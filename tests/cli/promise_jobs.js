Promise.resolve('job').then(function (v) { print('then runs after the script:', v); });
Promise.reject(new Error('nobody handles this'));
var later = Promise.reject('handled by a job');
Promise.resolve().then(function () { later.catch(function () {}); });
print('script done');
