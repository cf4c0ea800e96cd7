names = [:reset, :bright, :faint, :italic, :underline, :blink_slow, :blink_rapid, :inverse, :reverse,
         :conceal, :crossed_out, :primary_font, :font_1, :font_5, :font_9, :normal, :not_italic,
         :no_underline, :blink_off, :inverse_off, :reverse_off, :black, :red, :green, :yellow, :blue,
         :magenta, :cyan, :white, :light_black, :light_red, :light_white, :black_background,
         :red_background, :white_background, :light_black_background, :light_cyan_background,
         :default_color, :default_background, :framed, :encircled, :overlined,
         :not_framed_encircled, :not_overlined, :home, :clear, :clear_line]
for name <- names do
  IO.inspect({name, apply(IO.ANSI, name, [])})
end
