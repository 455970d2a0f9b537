// Run as: engine script_args.js one 'two words' --flag
print(scriptArgs.length + ':' + scriptArgs.join('|'));
