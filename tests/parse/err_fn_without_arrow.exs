fn x x end
