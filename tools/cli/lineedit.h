// lineedit.h - a small line editor for the REPL on a POSIX terminal.
//
// Written here rather than linking libedit/readline: the CLI is also built
// by the 32-bit presets (-m32), where an i386 libedit would be one more
// multilib package to install, and the REPL needs little: left/right,
// Home/End (and Ctrl-A/Ctrl-E), backspace/delete, Ctrl-K/Ctrl-U, and a
// history for the session browsed with Up/Down.
#ifndef ENGINE_CLI_LINEEDIT_H
#define ENGINE_CLI_LINEEDIT_H

#include <string>
#include <vector>

namespace cli {

enum class ReadResult { Line, Interrupted, EndOfInput };

class LineEditor {
  public:
    // True when stdin is a terminal the editor can drive.
    static bool available();
    // Shows prompt and reads one line into *line (without its newline).
    // Interrupted: Ctrl-C (the line is dropped). EndOfInput: Ctrl-D on an
    // empty line, or the end of stdin.
    ReadResult read(const char *prompt, std::string *line);
    // Adds a line to the history (not empty lines, nor a repeat of the last).
    void remember(const std::string &line);

  private:
    std::vector<std::string> history_;
};

} // namespace cli

#endif
