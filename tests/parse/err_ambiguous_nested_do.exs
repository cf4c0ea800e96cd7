f a, g b, c do end
