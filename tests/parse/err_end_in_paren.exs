(end
