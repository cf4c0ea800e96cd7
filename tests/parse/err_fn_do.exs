# `do` right after `fn`.
fn do end
