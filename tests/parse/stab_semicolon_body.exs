# A clause body that a `;` starts begins with nil.
fn a -> ; b end
fn a ->
;b end
(a -> ; b)
case x do
  a -> ;
  b
end
fn a -> ; b -> c end
