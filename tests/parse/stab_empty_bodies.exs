fn x -> ; y -> 1 end
fn -> end
