#ifndef KITH_CLIBEDIT_SHIM_H
#define KITH_CLIBEDIT_SHIM_H

/*
 * Thin C layer over libedit for Swift.
 *
 * Swift cannot call C variadic functions (el_set, el_get, history), so each
 * use is wrapped in a small inline function here, with the standard streams.
 * This header holds no state: the Ctrl-C handling, which needs one shared
 * flag and self-pipe, lives in the CKithInterrupt target's C file.
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

/* ---- el_set / el_get wrappers ---- */

static inline FILE *kith_el_output_file(EditLine *el) {
    FILE *file = NULL;
    if (el_get(el, EL_GETFP, 1, &file) != 0) return NULL;
    return file;
}


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
