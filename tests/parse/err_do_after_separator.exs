a;
do 1 end
