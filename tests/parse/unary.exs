-1
- 1
-x
+x
!x
^x
~~~x
not x
-(-x)
