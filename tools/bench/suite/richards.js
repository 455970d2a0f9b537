// Task scheduler: a device, two handlers, a worker and an idle task pass
// packets through priority-ordered run queues (the shape of Richards).
var IDLE = 0, WORKER = 1, HANDLER_A = 2, HANDLER_B = 3, DEV_A = 4, DEV_B = 5;
var NTASKS = 6;

function Packet(link, owner, kind) {
    this.link = link; this.owner = owner; this.kind = kind; this.count = 0;
    this.data = [0, 0, 0, 0];
}
Packet.prototype.appendTo = function (queue) {
    this.link = null;
    if (queue === null) return this;
    var p = queue;
    while (p.link !== null) p = p.link;
    p.link = this;
    return queue;
};

function Task(sched, id, priority, queue, fn, state) {
    this.sched = sched; this.id = id; this.priority = priority;
    this.queue = queue; this.fn = fn; this.state = state;
    this.waiting = queue === null; this.held = false; this.next = null;
}
Task.prototype.runnable = function () { return !this.held && (!this.waiting || this.queue !== null); };
Task.prototype.take = function () {
    var p = this.queue;
    this.queue = p.link;
    this.waiting = false;
    return p;
};

function Scheduler() {
    this.tasks = new Array(NTASKS);
    this.list = null; this.current = null;
    this.queued = 0; this.holds = 0; this.switches = 0;
}
Scheduler.prototype.add = function (task) {
    this.tasks[task.id] = task;
    // the run list is kept by descending priority
    if (this.list === null || this.list.priority < task.priority) { task.next = this.list; this.list = task; return; }
    var t = this.list;
    while (t.next !== null && t.next.priority >= task.priority) t = t.next;
    task.next = t.next; t.next = task;
};
Scheduler.prototype.send = function (packet, id) {
    var target = this.tasks[id];
    this.queued++;
    packet.owner = this.current.id;
    target.queue = packet.appendTo(target.queue);
    if (target.waiting) target.waiting = false;
    return target.priority > this.current.priority ? target : this.current;
};
Scheduler.prototype.wait = function () { this.current.waiting = true; return this.current; };
Scheduler.prototype.hold = function () { this.holds++; this.current.held = true; return this.current.next; };
Scheduler.prototype.release = function (id) {
    var t = this.tasks[id];
    t.held = false;
    return t.priority > this.current.priority ? t : this.current;
};
Scheduler.prototype.run = function () {
    // each step runs the task of highest priority that can run
    for (;;) {
        var t = this.list;
        while (t !== null && !t.runnable()) t = t.next;
        if (t === null) return;
        this.current = t;
        this.switches++;
        var packet = t.queue === null ? null : t.take();
        t.fn(this, t, packet);
    }
};

function idleFn(s, t, p) {
    var st = t.state;
    if (--st.count === 0) return s.hold();
    if ((st.seed & 1) === 0) { st.seed = st.seed >> 1; return s.release(DEV_A); }
    st.seed = (st.seed >> 1) ^ 0xD008;
    return s.release(DEV_B);
}
function workerFn(s, t, p) {
    var st = t.state;
    if (p === null) return s.wait();
    st.dest = st.dest === HANDLER_A ? HANDLER_B : HANDLER_A;
    p.owner = st.dest; p.count = 0;
    for (var i = 0; i < 4; i++) {
        if (++st.letter > 26) st.letter = 1;
        p.data[i] = st.letter;
    }
    return s.send(p, st.dest);
}
function handlerFn(s, t, p) {
    var st = t.state;
    if (p !== null) {
        if (p.kind === 1) st.work = p.appendTo(st.work); else st.devices = p.appendTo(st.devices);
    }
    if (st.work !== null) {
        var w = st.work;
        if (w.count < 4) {
            if (st.devices !== null) {
                var d = st.devices;
                st.devices = d.link;
                d.count = w.data[w.count++];
                return s.send(d, t.id === HANDLER_A ? DEV_A : DEV_B);
            }
        } else {
            st.work = w.link;
            return s.send(w, WORKER);
        }
    }
    return s.wait();
}
function deviceFn(s, t, p) {
    var st = t.state;
    if (p === null) {
        if (st.pending === null) return s.wait();
        var q = st.pending;
        st.pending = null;
        return s.send(q, q.owner === DEV_A ? HANDLER_A : HANDLER_B);
    }
    st.pending = p;
    st.sum += p.count;
    return s.hold();
}

function runOnce(count) {
    var s = new Scheduler();
    var idle = new Task(s, IDLE, 0, null, idleFn, { count: count, seed: 1 });
    idle.waiting = false;
    s.add(idle);
    var wq = new Packet(null, WORKER, 1);
    wq = new Packet(wq, WORKER, 1);
    s.add(new Task(s, WORKER, 1000, wq, workerFn, { dest: HANDLER_B, letter: 0 }));
    var aq = new Packet(null, DEV_A, 2);
    aq = new Packet(aq, DEV_A, 2);
    aq = new Packet(aq, DEV_A, 2);
    s.add(new Task(s, HANDLER_A, 2000, aq, handlerFn, { work: null, devices: null }));
    var bq = new Packet(null, DEV_B, 2);
    bq = new Packet(bq, DEV_B, 2);
    bq = new Packet(bq, DEV_B, 2);
    s.add(new Task(s, HANDLER_B, 3000, bq, handlerFn, { work: null, devices: null }));
    s.add(new Task(s, DEV_A, 4000, null, deviceFn, { pending: null, sum: 0 }));
    s.add(new Task(s, DEV_B, 5000, null, deviceFn, { pending: null, sum: 0 }));
    s.run();
    return s.queued * 7 + s.holds * 3 + s.switches + s.tasks[DEV_A].state.sum + s.tasks[DEV_B].state.sum;
}

var total = 0;
for (var r = 0; r < 20; r++) total += runOnce(1000 + r);
print('richards', total);
