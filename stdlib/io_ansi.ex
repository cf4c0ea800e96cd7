# IO.ANSI: the escape sequences of Elixir 1.14's lib/elixir/lib/io/ansi.ex,
# one function per named sequence, and
# format/2 and format_fragment/2 building the same nested iodata as Elixir's.
# enabled?/0 is whether standard output is a terminal (Elixir decides that
# when it boots; there is no Application environment to override it).
defmodule IO.ANSI do
  # One function per named sequence, and sequence/1 for format/2.
  def reset, do: "\e[0m"
  def bright, do: "\e[1m"
  def faint, do: "\e[2m"
  def italic, do: "\e[3m"
  def underline, do: "\e[4m"
  def blink_slow, do: "\e[5m"
  def blink_rapid, do: "\e[6m"
  def inverse, do: "\e[7m"
  def reverse, do: "\e[7m"
  def conceal, do: "\e[8m"
  def crossed_out, do: "\e[9m"
  def primary_font, do: "\e[10m"
  def font_1, do: "\e[11m"
  def font_2, do: "\e[12m"
  def font_3, do: "\e[13m"
  def font_4, do: "\e[14m"
  def font_5, do: "\e[15m"
  def font_6, do: "\e[16m"
  def font_7, do: "\e[17m"
  def font_8, do: "\e[18m"
  def font_9, do: "\e[19m"
  def normal, do: "\e[22m"
  def not_italic, do: "\e[23m"
  def no_underline, do: "\e[24m"
  def blink_off, do: "\e[25m"
  def inverse_off, do: "\e[27m"
  def reverse_off, do: "\e[27m"
  def black, do: "\e[30m"
  def light_black, do: "\e[90m"
  def black_background, do: "\e[40m"
  def light_black_background, do: "\e[100m"
  def red, do: "\e[31m"
  def light_red, do: "\e[91m"
  def red_background, do: "\e[41m"
  def light_red_background, do: "\e[101m"
  def green, do: "\e[32m"
  def light_green, do: "\e[92m"
  def green_background, do: "\e[42m"
  def light_green_background, do: "\e[102m"
  def yellow, do: "\e[33m"
  def light_yellow, do: "\e[93m"
  def yellow_background, do: "\e[43m"
  def light_yellow_background, do: "\e[103m"
  def blue, do: "\e[34m"
  def light_blue, do: "\e[94m"
  def blue_background, do: "\e[44m"
  def light_blue_background, do: "\e[104m"
  def magenta, do: "\e[35m"
  def light_magenta, do: "\e[95m"
  def magenta_background, do: "\e[45m"
  def light_magenta_background, do: "\e[105m"
  def cyan, do: "\e[36m"
  def light_cyan, do: "\e[96m"
  def cyan_background, do: "\e[46m"
  def light_cyan_background, do: "\e[106m"
  def white, do: "\e[37m"
  def light_white, do: "\e[97m"
  def white_background, do: "\e[47m"
  def light_white_background, do: "\e[107m"
  def default_color, do: "\e[39m"
  def default_background, do: "\e[49m"
  def framed, do: "\e[51m"
  def encircled, do: "\e[52m"
  def overlined, do: "\e[53m"
  def not_framed_encircled, do: "\e[54m"
  def not_overlined, do: "\e[55m"
  def home, do: "\e[H"
  def clear, do: "\e[2J"
  def clear_line, do: "\e[2K"

  defp sequence(:reset), do: "\e[0m"
  defp sequence(:bright), do: "\e[1m"
  defp sequence(:faint), do: "\e[2m"
  defp sequence(:italic), do: "\e[3m"
  defp sequence(:underline), do: "\e[4m"
  defp sequence(:blink_slow), do: "\e[5m"
  defp sequence(:blink_rapid), do: "\e[6m"
  defp sequence(:inverse), do: "\e[7m"
  defp sequence(:reverse), do: "\e[7m"
  defp sequence(:conceal), do: "\e[8m"
  defp sequence(:crossed_out), do: "\e[9m"
  defp sequence(:primary_font), do: "\e[10m"
  defp sequence(:font_1), do: "\e[11m"
  defp sequence(:font_2), do: "\e[12m"
  defp sequence(:font_3), do: "\e[13m"
  defp sequence(:font_4), do: "\e[14m"
  defp sequence(:font_5), do: "\e[15m"
  defp sequence(:font_6), do: "\e[16m"
  defp sequence(:font_7), do: "\e[17m"
  defp sequence(:font_8), do: "\e[18m"
  defp sequence(:font_9), do: "\e[19m"
  defp sequence(:normal), do: "\e[22m"
  defp sequence(:not_italic), do: "\e[23m"
  defp sequence(:no_underline), do: "\e[24m"
  defp sequence(:blink_off), do: "\e[25m"
  defp sequence(:inverse_off), do: "\e[27m"
  defp sequence(:reverse_off), do: "\e[27m"
  defp sequence(:black), do: "\e[30m"
  defp sequence(:light_black), do: "\e[90m"
  defp sequence(:black_background), do: "\e[40m"
  defp sequence(:light_black_background), do: "\e[100m"
  defp sequence(:red), do: "\e[31m"
  defp sequence(:light_red), do: "\e[91m"
  defp sequence(:red_background), do: "\e[41m"
  defp sequence(:light_red_background), do: "\e[101m"
  defp sequence(:green), do: "\e[32m"
  defp sequence(:light_green), do: "\e[92m"
  defp sequence(:green_background), do: "\e[42m"
  defp sequence(:light_green_background), do: "\e[102m"
  defp sequence(:yellow), do: "\e[33m"
  defp sequence(:light_yellow), do: "\e[93m"
  defp sequence(:yellow_background), do: "\e[43m"
  defp sequence(:light_yellow_background), do: "\e[103m"
  defp sequence(:blue), do: "\e[34m"
  defp sequence(:light_blue), do: "\e[94m"
  defp sequence(:blue_background), do: "\e[44m"
  defp sequence(:light_blue_background), do: "\e[104m"
  defp sequence(:magenta), do: "\e[35m"
  defp sequence(:light_magenta), do: "\e[95m"
  defp sequence(:magenta_background), do: "\e[45m"
  defp sequence(:light_magenta_background), do: "\e[105m"
  defp sequence(:cyan), do: "\e[36m"
  defp sequence(:light_cyan), do: "\e[96m"
  defp sequence(:cyan_background), do: "\e[46m"
  defp sequence(:light_cyan_background), do: "\e[106m"
  defp sequence(:white), do: "\e[37m"
  defp sequence(:light_white), do: "\e[97m"
  defp sequence(:white_background), do: "\e[47m"
  defp sequence(:light_white_background), do: "\e[107m"
  defp sequence(:default_color), do: "\e[39m"
  defp sequence(:default_background), do: "\e[49m"
  defp sequence(:framed), do: "\e[51m"
  defp sequence(:encircled), do: "\e[52m"
  defp sequence(:overlined), do: "\e[53m"
  defp sequence(:not_framed_encircled), do: "\e[54m"
  defp sequence(:not_overlined), do: "\e[55m"
  defp sequence(:home), do: "\e[H"
  defp sequence(:clear), do: "\e[2J"
  defp sequence(:clear_line), do: "\e[2K"

  defp sequence(other),
    do: raise(ArgumentError, "invalid ANSI sequence specification: #{inspect(other)}")

  # Elixir's `elixir` script sets the :ansi_enabled of :elixir when stdout
  # and stderr are terminals (Application does that here).
  def enabled?, do: Application.get_env(:elixir, :ansi_enabled, false)

  def syntax_colors, do: Application.fetch_env!(:elixir, :ansi_syntax_colors)

  def color(code) when code in 0..255, do: "\e[38;5;#{code}m"
  def color(r, g, b) when r in 0..5 and g in 0..5 and b in 0..5, do: color(16 + 36 * r + 6 * g + b)
  def color_background(code) when code in 0..255, do: "\e[48;5;#{code}m"

  def color_background(r, g, b) when r in 0..5 and g in 0..5 and b in 0..5,
    do: color_background(16 + 36 * r + 6 * g + b)

  def cursor(line, column) when is_integer(line) and line >= 0 and is_integer(column) and column >= 0,
    do: "\e[#{line};#{column}H"

  def cursor_up(lines \\ 1) when is_integer(lines) and lines >= 1, do: "\e[#{lines}A"
  def cursor_down(lines \\ 1) when is_integer(lines) and lines >= 1, do: "\e[#{lines}B"
  def cursor_right(columns \\ 1) when is_integer(columns) and columns >= 1, do: "\e[#{columns}C"
  def cursor_left(columns \\ 1) when is_integer(columns) and columns >= 1, do: "\e[#{columns}D"

  # format/2 appends a reset when it emitted a sequence; format_fragment/2
  # never does. `pending` holds the rest of the enclosing lists.
  def format(ansidata, emit? \\ enabled?()) when is_boolean(emit?), do: walk(ansidata, [], [], emit?, :maybe)

  def format_fragment(ansidata, emit? \\ enabled?()) when is_boolean(emit?),
    do: walk(ansidata, [], [], emit?, false)

  defp walk([head | tail], pending, acc, emit?, reset), do: walk(head, [tail | pending], acc, emit?, reset)
  defp walk([], [next | pending], acc, emit?, reset), do: walk(next, pending, acc, emit?, reset)
  defp walk([], [], acc, true, true), do: [acc | "\e[0m"]
  defp walk([], [], acc, _emit?, _reset), do: acc

  defp walk(atom, pending, acc, true, reset) when is_atom(atom),
    do: walk([], pending, [acc | sequence(atom)], true, reset != false)

  defp walk(atom, pending, acc, false, reset) when is_atom(atom), do: walk([], pending, acc, false, reset)
  defp walk(other, pending, acc, emit?, reset), do: walk([], pending, [acc, other], emit?, reset)
end
