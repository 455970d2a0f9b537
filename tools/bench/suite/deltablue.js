// Constraint solver: variables joined by equality, scale and stay
// constraints of different strengths; an edit at one end is propagated by
// planning, at each step, which variable each constraint writes (the
// weakest one), in the manner of DeltaBlue's incremental planner.
var REQUIRED = 0, STRONG = 1, MEDIUM = 2, WEAK = 3;

function Variable(name, value) {
    this.name = name; this.value = value;
    this.constraints = []; this.determinedBy = null;
    this.walkStrength = WEAK + 1; this.stay = true; this.mark = 0;
}

function Constraint(strength, vars, kind, scale, offset) {
    this.strength = strength; this.vars = vars; this.kind = kind;
    this.scale = scale; this.offset = offset; this.output = -1;
    for (var i = 0; i < vars.length; i++) vars[i].constraints.push(this);
}
Constraint.prototype.isSatisfied = function () { return this.output >= 0; };
// Picks the output variable: the weakest one not yet marked this round.
Constraint.prototype.chooseOutput = function (mark) {
    var best = -1, bestStrength = -1;
    for (var i = 0; i < this.vars.length; i++) {
        var v = this.vars[i];
        if (v.mark !== mark && v.walkStrength > bestStrength) { best = i; bestStrength = v.walkStrength; }
    }
    if (this.kind === 'stay' || this.kind === 'edit') best = bestStrength >= 0 ? 0 : -1;
    if (best >= 0 && bestStrength <= this.strength) best = -1;
    this.output = best;
};
Constraint.prototype.execute = function () {
    var out = this.vars[this.output];
    if (this.kind === 'equal') out.value = this.vars[1 - this.output].value;
    else if (this.kind === 'scale') {
        if (this.output === 1) out.value = this.vars[0].value * this.scale + this.offset;
        else out.value = ((this.vars[1].value - this.offset) / this.scale) | 0;
    }
};
Constraint.prototype.outputVar = function () { return this.vars[this.output]; };

function Planner() { this.mark = 0; this.constraints = []; }
Planner.prototype.add = function (c) { this.constraints.push(c); };
// Walks from the edited variable outwards, assigning each constraint met
// an output variable and recording the order to execute them in.
Planner.prototype.plan = function (sources) {
    var mark = ++this.mark;
    var todo = sources.slice(), plan = [];
    for (var i = 0; i < todo.length; i++) {
        todo[i].output = 0;
        todo[i].vars[0].mark = mark;
        todo[i].vars[0].walkStrength = todo[i].strength;
        plan.push(todo[i]);
    }
    var k = 0;
    while (k < todo.length) {
        var c = todo[k++];
        var v = c.outputVar();
        for (var j = 0; j < v.constraints.length; j++) {
            var next = v.constraints[j];
            if (next === c || next.kind === 'stay' || next.kind === 'edit') continue;
            next.chooseOutput(mark);
            if (!next.isSatisfied()) continue;
            var out = next.outputVar();
            out.mark = mark;
            out.walkStrength = next.strength > c.strength ? next.strength : c.strength;
            out.determinedBy = next;
            todo.push(next);
            plan.push(next);
        }
    }
    return plan;
};
Planner.prototype.run = function (plan) {
    for (var i = 0; i < plan.length; i++) if (plan[i].kind !== 'stay' && plan[i].kind !== 'edit') plan[i].execute();
};

function chainTest(n, edits) {
    var planner = new Planner(), vars = [];
    for (var i = 0; i < n; i++) vars.push(new Variable('v' + i, 0));
    for (var j = 0; j < n - 1; j++) planner.add(new Constraint(REQUIRED, [vars[j], vars[j + 1]], 'equal', 1, 0));
    planner.add(new Constraint(WEAK, [vars[n - 1]], 'stay', 1, 0));
    var edit = new Constraint(STRONG, [vars[0]], 'edit', 1, 0);
    var sum = 0;
    for (var e = 0; e < edits; e++) {
        for (var w = 0; w < n; w++) vars[w].walkStrength = WEAK + 1;
        var plan = planner.plan([edit]);
        vars[0].value = e * 3 + 1;
        planner.run(plan);
        sum += vars[n - 1].value + plan.length;
    }
    return sum;
}

function projectionTest(n, edits) {
    var planner = new Planner(), src = [], dst = [];
    var scale = new Variable('scale', 10), offset = new Variable('offset', 1000);
    var cs = [];
    for (var i = 0; i < n; i++) {
        src.push(new Variable('src' + i, i));
        dst.push(new Variable('dst' + i, i));
        planner.add(new Constraint(WEAK, [src[i]], 'stay', 1, 0));
        var c = new Constraint(REQUIRED, [src[i], dst[i]], 'scale', 10, 1000);
        planner.add(c);
        cs.push(c);
    }
    var sum = 0;
    for (var e = 0; e < edits; e++) {
        var k = e % n;
        for (var w = 0; w < n; w++) { src[w].walkStrength = WEAK + 1; dst[w].walkStrength = WEAK + 1; }
        var edit = new Constraint(STRONG, [e & 1 ? dst[k] : src[k]], 'edit', 1, 0);
        var plan = planner.plan([edit]);
        edit.vars[0].value = e * 7 + 1000;
        planner.run(plan);
        sum += src[k].value + dst[k].value + plan.length;
        edit.vars[0].constraints.pop();
    }
    return sum + scale.value + offset.value;
}

var N = 2;
var total = 0;
for (var r = 0; r < N; r++) total += chainTest(100, 60) + projectionTest(100, 600);
print('deltablue', total);
