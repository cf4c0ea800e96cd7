fn (a, b) -> a + b end
fn () -> :ok end
