-if a do b end + 1
!foo a do end == 1
not if a do b end
@-a + b
@&x + 1
@if a do b end + 1
