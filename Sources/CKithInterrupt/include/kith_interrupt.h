#ifndef KITH_INTERRUPT_H
#define KITH_INTERRUPT_H

/*
 * Ctrl-C (SIGINT) handling shared by every reader of the terminal.
 *
 * The state (a flag and a self-pipe) lives in interrupt.c, so exactly one
 * copy exists in the program whatever the optimiser inlines: the handler and
 * every poll() see the same pipe in debug and release builds alike.
 */

#include <stddef.h>
#include <sys/types.h>
#include <wchar.h>

struct editline;

/* Installs the handler without SA_RESTART so blocking reads return EINTR.
 * Safe to call more than once. Returns 0 on success. */
int kith_sigint_install(void);

/* 1 when Ctrl-C was pressed since the last kith_sigint_consume(). */
int kith_sigint_pending(void);

/* Returns whether SIGINT arrived since the last call, and clears it. */
int kith_sigint_consume(void);

/* Reads up to `count` bytes from `fd`, waiting until input arrives.
 * Returns the byte count, 0 at end of input, -1 on error (errno set) and
 * -2 when Ctrl-C was pressed while waiting (the flag stays set). */
ssize_t kith_read_interruptible(int fd, void *buffer, size_t count);

/* libedit's character reader (EL_GETCFN): decodes UTF-8 itself (invalid
 * bytes become U+FFFD). Returns 1 with a character, 0 at end of input, and
 * -1 with errno = EINTR when Ctrl-C was pressed, which ends el_wgets. */
int kith_el_read_char(struct editline *el, wchar_t *out);

#endif
