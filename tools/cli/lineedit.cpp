// lineedit.cpp - see lineedit.h. Raw mode only while a line is being read,
// so scripts run with the terminal as the user had it.
#include "lineedit.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#if defined(__unix__) || defined(__APPLE__)
#include <termios.h>
#include <unistd.h>
#define CLI_HAVE_TERMIOS 1
#endif

namespace cli {

#ifdef CLI_HAVE_TERMIOS

namespace {

void put(const std::string &s) {
    size_t done = 0;
    while (done < s.size()) {
        ssize_t n = write(STDOUT_FILENO, s.data() + done, s.size() - done);
        if (n <= 0) return;
        done += static_cast<size_t>(n);
    }
}

// One byte from the terminal; -1 at the end of input or on an error.
int get() {
    unsigned char c;
    for (;;) {
        ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n == 1) return c;
        if (n == 0) return -1;
        if (errno != EINTR) return -1;
    }
}

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

size_t columns(const std::string &s, size_t from, size_t to) {
    size_t n = 0;
    for (size_t i = from; i < to; i++)
        if (!continuation(s[i])) n++;
    return n;
}

// Redraws the prompt and the buffer and puts the cursor at byte `cursor`.
void refresh(const char *prompt, const std::string &buffer, size_t cursor) {
    std::string out = "\r";
    out += prompt;
    out += buffer;
    out += "\x1b[K";
    size_t back = columns(buffer, cursor, buffer.size());
    if (back > 0) out += "\x1b[" + std::to_string(back) + "D";
    put(out);
}

} // namespace

bool LineEditor::available() {
    struct termios t;
    return isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &t) == 0;
}

ReadResult LineEditor::read(const char *prompt, std::string *line) {
    struct termios saved, raw;
    if (tcgetattr(STDIN_FILENO, &saved) != 0) return ReadResult::EndOfInput;
    raw = saved;
    raw.c_iflag &= ~static_cast<tcflag_t>(BRKINT | ICRNL | INPCK | ISTRIP | IXON);
    raw.c_lflag &= ~static_cast<tcflag_t>(ECHO | ICANON | IEXTEN | ISIG); // Ctrl-C arrives as a byte
    raw.c_cflag |= CS8;
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    tcsetattr(STDIN_FILENO, TCSANOW, &raw);

    std::string buffer;
    size_t cursor = 0;
    // History browsing: index into history_ (== size: the line being typed).
    size_t browsing = history_.size();
    std::string typed;
    ReadResult result = ReadResult::Line;
    fflush(stdout);
    refresh(prompt, buffer, cursor);
    for (bool done = false; !done;) {
        int c = get();
        switch (c) {
        case -1:
            result = ReadResult::EndOfInput;
            done = true;
            break;
        case '\r':
        case '\n':
            done = true;
            break;
        case 3: // Ctrl-C
            put("^C");
            result = ReadResult::Interrupted;
            done = true;
            break;
        case 4: // Ctrl-D: end of input on an empty line, else delete
            if (buffer.empty()) {
                result = ReadResult::EndOfInput;
                done = true;
            } else if (cursor < buffer.size()) {
                size_t end = cursor + 1;
                while (end < buffer.size() && continuation(buffer[end])) end++;
                buffer.erase(cursor, end - cursor);
            }
            break;
        case 1: cursor = 0; break;             // Ctrl-A
        case 5: cursor = buffer.size(); break; // Ctrl-E
        case 11: buffer.erase(cursor); break;  // Ctrl-K
        case 21:                               // Ctrl-U
            buffer.erase(0, cursor);
            cursor = 0;
            break;
        case 2: // Ctrl-B
            while (cursor > 0 && continuation(buffer[--cursor])) {}
            break;
        case 6: // Ctrl-F
            if (cursor < buffer.size()) {
                cursor++;
                while (cursor < buffer.size() && continuation(buffer[cursor])) cursor++;
            }
            break;
        case 8:
        case 127: // backspace
            if (cursor > 0) {
                size_t start = cursor - 1;
                while (start > 0 && continuation(buffer[start])) start--;
                buffer.erase(start, cursor - start);
                cursor = start;
            }
            break;
        case 27: { // escape sequences: CSI (ESC [) and SS3 (ESC O)
            int a = get(), b = a < 0 ? -1 : get();
            if (a != '[' && a != 'O') break;
            if (b >= '0' && b <= '9') { // ESC [ n ~
                int n = b - '0', t;
                while ((t = get()) >= '0' && t <= '9') n = n * 10 + (t - '0');
                if (t != '~') break;
                if (n == 1 || n == 7) b = 'H';
                else if (n == 4 || n == 8) b = 'F';
                else if (n == 3) b = 'X'; // delete
                else break;
            }
            if (b == 'A' || b == 'B') { // up / down through the history
                if (b == 'A' && browsing == 0) break;
                if (b == 'B' && browsing >= history_.size()) break;
                if (browsing == history_.size()) typed = buffer;
                browsing += b == 'A' ? static_cast<size_t>(-1) : 1;
                buffer = browsing == history_.size() ? typed : history_[browsing];
                cursor = buffer.size();
            } else if (b == 'C') {
                if (cursor < buffer.size()) {
                    cursor++;
                    while (cursor < buffer.size() && continuation(buffer[cursor])) cursor++;
                }
            } else if (b == 'D') {
                while (cursor > 0 && continuation(buffer[--cursor])) {}
            } else if (b == 'H') {
                cursor = 0;
            } else if (b == 'F') {
                cursor = buffer.size();
            } else if (b == 'X' && cursor < buffer.size()) {
                size_t end = cursor + 1;
                while (end < buffer.size() && continuation(buffer[end])) end++;
                buffer.erase(cursor, end - cursor);
            }
            break;
        }
        default:
            if (c >= 32 || c == '\t') {
                buffer.insert(cursor, 1, static_cast<char>(c));
                cursor++;
            }
            break;
        }
        if (!done) refresh(prompt, buffer, cursor);
    }
    put("\r\n");
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    *line = buffer;
    return result;
}

#else // no termios: plain reads, no editing

bool LineEditor::available() { return false; }

ReadResult LineEditor::read(const char *prompt, std::string *line) {
    fputs(prompt, stdout);
    fflush(stdout);
    line->clear();
    int c;
    while ((c = getchar()) != EOF && c != '\n') line->push_back(static_cast<char>(c));
    return c == EOF && line->empty() ? ReadResult::EndOfInput : ReadResult::Line;
}

#endif

void LineEditor::remember(const std::string &line) {
    if (line.empty() || (!history_.empty() && history_.back() == line)) return;
    history_.push_back(line);
}

} // namespace cli
