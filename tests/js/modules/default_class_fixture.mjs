export default class { constructor() { this.kind = 'class'; } }
