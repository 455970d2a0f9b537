/*
 * port_consumer_board.h - a port header that lives in the embedder's tree,
 * not in the engine's ports/ folder: the consumer test passes it with
 * -DENG_PORT_HEADER=<path>. The macros a port may define are described in
 * ports/port_posix.h and docs.
 */
#ifndef PORT_CONSUMER_BOARD_H
#define PORT_CONSUMER_BOARD_H

#define ENG_PORT_NAME "consumer_board"
#define ENG_PORT_CALLSTACK_LIMIT 500
#define ENG_PORT_NATIVE_DEPTH_LIMIT 20
#define ENG_PORT_VALUE_STACK_LIMIT 8192

#endif
