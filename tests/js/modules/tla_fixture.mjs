export const steps = ['start'];
await null;
steps.push('after await');
await Promise.resolve();
steps.push('done');
