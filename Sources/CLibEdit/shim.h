#ifndef KITH_CLIBEDIT_SHIM_H
#define KITH_CLIBEDIT_SHIM_H

/*
 * Thin C layer over libedit for Swift.
 *
 * Swift cannot call C variadic functions (el_set, el_get, history), so each
 * use is wrapped in a small inline function here. The standard streams and
 * the Ctrl-C (SIGINT) handling also live here.
 *
 * Note: the `static` variables below exist once per translation unit that
 * uses them. On the Swift side every function that touches the interrupt
 * state (the kith_sigint_* functions, kith_read_interruptible and
 * kith_el_read_char) must be referenced from a single Swift source file.
 */

#include <errno.h>
#include <fcntl.h>
#include <histedit.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>

/* ---- Standard streams (globals are not usable from strict Swift) ---- */

static inline FILE *kith_stdin(void) { return stdin; }
static inline FILE *kith_stdout(void) { return stdout; }
static inline FILE *kith_stderr(void) { return stderr; }

/* ---- Terminal queries ---- */

/* Columns of the terminal on `fd`, or 0 when unknown. */
static inline int kith_terminal_columns(int fd) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) == 0) return size.ws_col;
    return 0;
}

/* 1 when `fd` is a terminal in canonical mode with echo, 0 otherwise. */
static inline int kith_terminal_is_cooked(int fd) {
    struct termios mode;
    if (tcgetattr(fd, &mode) != 0) return 0;
    return (mode.c_lflag & ICANON) && (mode.c_lflag & ECHO);
}

/* ---- Locale ---- */

/* Makes LC_CTYPE a UTF-8 locale: the environment's when it is UTF-8,
 * otherwise C.UTF-8. Returns 1 when the resulting codeset is UTF-8. */
static inline int kith_use_utf8_ctype(void) {
    if (setlocale(LC_CTYPE, "") != NULL && strcmp(nl_langinfo(CODESET), "UTF-8") == 0)
        return 1;
    if (setlocale(LC_CTYPE, "C.UTF-8") != NULL && strcmp(nl_langinfo(CODESET), "UTF-8") == 0)
        return 1;
    if (setlocale(LC_CTYPE, "C.utf8") != NULL && strcmp(nl_langinfo(CODESET), "UTF-8") == 0)
        return 1;
    return 0;
}

/* ---- Ctrl-C (SIGINT) ---- */

static volatile sig_atomic_t kith_sigint_flag = 0;
/* Self-pipe: the handler writes a byte so a poll() in any thread wakes up,
 * whichever thread the kernel delivered the signal to. */
static int kith_sigint_pipe[2] = {-1, -1};

static inline void kith_sigint_handler(int signal_number) {
    (void)signal_number;
    int saved_errno = errno;
    kith_sigint_flag = 1;
    if (kith_sigint_pipe[1] >= 0) {
        char byte = 1;
        ssize_t ignored = write(kith_sigint_pipe[1], &byte, 1);
        (void)ignored;
    }
    errno = saved_errno;
}

/* Installs the handler without SA_RESTART so blocking reads return EINTR.
 * Safe to call more than once. Returns 0 on success. */
static inline int kith_sigint_install(void) {
    if (kith_sigint_pipe[0] < 0) {
        int fds[2];
        if (pipe(fds) == 0) {
            for (int i = 0; i < 2; i++) {
                fcntl(fds[i], F_SETFL, fcntl(fds[i], F_GETFL) | O_NONBLOCK);
                fcntl(fds[i], F_SETFD, FD_CLOEXEC);
            }
            kith_sigint_pipe[0] = fds[0];
            kith_sigint_pipe[1] = fds[1];
        }
    }
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    action.sa_handler = kith_sigint_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(SIGINT, &action, NULL);
}

static inline int kith_sigint_pending(void) { return kith_sigint_flag != 0; }

/* Returns whether SIGINT arrived since the last call, and clears it. */
static inline int kith_sigint_consume(void) {
    int was_set = kith_sigint_flag != 0;
    kith_sigint_flag = 0;
    if (kith_sigint_pipe[0] >= 0) {
        char buffer[64];
        while (read(kith_sigint_pipe[0], buffer, sizeof(buffer)) > 0) {}
    }
    return was_set;
}

/* Reads up to `count` bytes from `fd`, waiting until input arrives.
 * Returns the byte count, 0 at end of input, -1 on error (errno set) and
 * -2 when Ctrl-C was pressed while waiting (the flag stays set). */
static inline ssize_t kith_read_interruptible(int fd, void *buffer, size_t count) {
    for (;;) {
        if (kith_sigint_flag) return -2;
        struct pollfd fds[2];
        fds[0].fd = fd;
        fds[0].events = POLLIN;
        fds[0].revents = 0;
        fds[1].fd = kith_sigint_pipe[0];
        fds[1].events = POLLIN;
        fds[1].revents = 0;
        nfds_t nfds = kith_sigint_pipe[0] >= 0 ? 2 : 1;
        int ready = poll(fds, nfds, -1);
        if (ready < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        if (kith_sigint_flag) return -2;
        if (nfds == 2 && (fds[1].revents & POLLIN)) {
            /* A stale wake-up byte without the flag: drain and wait again. */
            char drain[64];
            while (read(kith_sigint_pipe[0], drain, sizeof(drain)) > 0) {}
        }
        if (fds[0].revents == 0) continue;
        ssize_t got = read(fd, buffer, count);
        if (got < 0 && (errno == EINTR || errno == EAGAIN)) continue;
        /* A hung-up terminal reports EIO: treat it as end of input. */
        if (got < 0 && errno == EIO) return 0;
        return got;
    }
}

/* ---- libedit read function (EL_GETCFN) ---- */

static inline FILE *kith_el_input_file(EditLine *el) {
    FILE *file = NULL;
    if (el_get(el, EL_GETFP, 0, &file) != 0) return NULL;
    return file;
}

static inline FILE *kith_el_output_file(EditLine *el) {
    FILE *file = NULL;
    if (el_get(el, EL_GETFP, 1, &file) != 0) return NULL;
    return file;
}

/* Reads one character, decoding UTF-8 itself (invalid bytes become
 * U+FFFD). Returns 1 with a character, 0 at end of input, and -1 with
 * errno = EINTR when Ctrl-C was pressed, which makes el_wgets return NULL. */
static inline int kith_el_read_char(EditLine *el, wchar_t *out) {
    FILE *input = kith_el_input_file(el);
    int fd = input != NULL ? fileno(input) : STDIN_FILENO;
    unsigned char byte;
    ssize_t got = kith_read_interruptible(fd, &byte, 1);
    *out = L'\0';
    if (got == -2) { errno = EINTR; return -1; }
    if (got <= 0) return (int)got;
    if (byte < 0x80) { *out = (wchar_t)byte; return 1; }
    int extra;
    unsigned int value;
    if ((byte & 0xE0) == 0xC0) { extra = 1; value = byte & 0x1F; }
    else if ((byte & 0xF0) == 0xE0) { extra = 2; value = byte & 0x0F; }
    else if ((byte & 0xF8) == 0xF0) { extra = 3; value = byte & 0x07; }
    else { *out = (wchar_t)0xFFFD; return 1; }
    for (int i = 0; i < extra; i++) {
        unsigned char next;
        got = kith_read_interruptible(fd, &next, 1);
        if (got == -2) { errno = EINTR; return -1; }
        if (got <= 0 || (next & 0xC0) != 0x80) { *out = (wchar_t)0xFFFD; return 1; }
        value = (value << 6) | (next & 0x3F);
    }
    if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) value = 0xFFFD;
    *out = (wchar_t)value;
    return 1;
}

/* ---- el_set / el_get wrappers ---- */

typedef char *(*kith_prompt_fn)(EditLine *);
typedef unsigned char (*kith_el_fn)(EditLine *, int);

static inline int kith_el_set_prompt(EditLine *el, kith_prompt_fn fn) {
    return el_set(el, EL_PROMPT, fn);
}

static inline int kith_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

static inline int kith_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}

static inline int kith_el_set_addfn(EditLine *el, const char *name, const char *help, kith_el_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

static inline int kith_el_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, (const char *)NULL);
}

/* Puts the terminal in libedit's editing mode (1) or back to normal mode (0). */
static inline int kith_el_prep_term(EditLine *el, int editing) {
    return el_set(el, EL_PREP_TERM, editing);
}

static inline int kith_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

static inline void *kith_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

static inline int kith_el_set_getcfn(EditLine *el, el_rfunc_t fn) {
    return el_set(el, EL_GETCFN, fn);
}

static inline int kith_el_set_hist(EditLine *el, HistoryW *history) {
    return el_wset(el, EL_HIST, history_w, history);
}

/* ---- history wrappers (wide API) ---- */

static inline int kith_history_setsize(HistoryW *history, int size) {
    HistEventW event;
    return history_w(history, &event, H_SETSIZE, size);
}

static inline int kith_history_enter(HistoryW *history, const wchar_t *line) {
    HistEventW event;
    return history_w(history, &event, H_ENTER, line);
}

#endif
