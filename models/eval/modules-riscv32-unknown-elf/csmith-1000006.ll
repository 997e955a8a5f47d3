; ModuleID = 'cs1000006.c'
source_filename = "cs1000006.c"
target datalayout = "e-m:e-p:32:32-i64:64-n32-S128"
target triple = "riscv32-unknown-unknown-elf"

@.str = private unnamed_addr constant [2 x i8] c"1\00", align 1
@g_2 = internal global i32 2116524460, align 4
@.str.1 = private unnamed_addr constant [4 x i8] c"g_2\00", align 1
@g_24 = internal global i32 95468427, align 4
@.str.2 = private unnamed_addr constant [5 x i8] c"g_24\00", align 1
@g_29 = internal global [4 x [7 x [2 x i32]]] [[7 x [2 x i32]] [[2 x i32] [i32 -1, i32 -6], [2 x i32] [i32 -1045365204, i32 9], [2 x i32] [i32 -1045365204, i32 -6], [2 x i32] [i32 -1, i32 -4], [2 x i32] [i32 -6, i32 -1237207990], [2 x i32] [i32 -1058905300, i32 1854888215], [2 x i32] [i32 -532292369, i32 1464557638]], [7 x [2 x i32]] [[2 x i32] [i32 1464557638, i32 -1], [2 x i32] [i32 -904257787, i32 -1], [2 x i32] [i32 1464557638, i32 1464557638], [2 x i32] [i32 -532292369, i32 1854888215], [2 x i32] [i32 -1058905300, i32 -1237207990], [2 x i32] [i32 -6, i32 -4], [2 x i32] [i32 -1, i32 -6]], [7 x [2 x i32]] [[2 x i32] [i32 -1045365204, i32 9], [2 x i32] [i32 -1045365204, i32 -6], [2 x i32] [i32 -1, i32 -4], [2 x i32] [i32 -6, i32 -1237207990], [2 x i32] [i32 -1058905300, i32 1854888215], [2 x i32] [i32 -532292369, i32 1464557638], [2 x i32] [i32 1464557638, i32 -1]], [7 x [2 x i32]] [[2 x i32] [i32 -904257787, i32 -1], [2 x i32] [i32 1464557638, i32 1464557638], [2 x i32] [i32 1854888215, i32 -4], [2 x i32] [i32 -1045365204, i32 -1], [2 x i32] [i32 -532292369, i32 -1374698641], [2 x i32] [i32 -904257787, i32 -532292369], [2 x i32] [i32 -1237207990, i32 -6]]], align 4
@.str.3 = private unnamed_addr constant [14 x i8] c"g_29[i][j][k]\00", align 1
@.str.4 = private unnamed_addr constant [22 x i8] c"index = [%d][%d][%d]\0A\00", align 1
@g_33 = internal global i32 -1357455762, align 4
@.str.5 = private unnamed_addr constant [5 x i8] c"g_33\00", align 1
@g_34 = internal global i32 -1369612601, align 4
@.str.6 = private unnamed_addr constant [5 x i8] c"g_34\00", align 1
@g_35 = internal global [4 x [1 x [8 x i32]]] [[1 x [8 x i32]] [[8 x i32] [i32 118798857, i32 5, i32 5, i32 118798857, i32 118798857, i32 5, i32 5, i32 118798857]], [1 x [8 x i32]] [[8 x i32] [i32 118798857, i32 5, i32 5, i32 118798857, i32 118798857, i32 5, i32 5, i32 118798857]], [1 x [8 x i32]] [[8 x i32] [i32 118798857, i32 5, i32 5, i32 118798857, i32 118798857, i32 5, i32 5, i32 118798857]], [1 x [8 x i32]] [[8 x i32] [i32 118798857, i32 5, i32 5, i32 118798857, i32 118798857, i32 5, i32 5, i32 118798857]]], align 4
@.str.7 = private unnamed_addr constant [14 x i8] c"g_35[i][j][k]\00", align 1
@g_36 = internal global i32 466236310, align 4
@.str.8 = private unnamed_addr constant [5 x i8] c"g_36\00", align 1
@g_37 = internal global i32 0, align 4
@.str.9 = private unnamed_addr constant [5 x i8] c"g_37\00", align 1
@g_40 = internal global i32 0, align 4
@.str.10 = private unnamed_addr constant [5 x i8] c"g_40\00", align 1
@g_42 = internal global [10 x [9 x i32]] [[9 x i32] [i32 -995077233, i32 -1, i32 -2, i32 3, i32 -2, i32 -1, i32 -995077233, i32 -995077233, i32 -1], [9 x i32] [i32 -8, i32 589314238, i32 4, i32 589314238, i32 -8, i32 1, i32 -1, i32 1979185015, i32 -1464384810], [9 x i32] [i32 -995077233, i32 -2, i32 -995077233, i32 2, i32 -1734990336, i32 -1734990336, i32 2, i32 -995077233, i32 -2], [9 x i32] [i32 1, i32 1, i32 -1, i32 1416685959, i32 4, i32 1, i32 -220687992, i32 -1, i32 -220687992], [9 x i32] [i32 -1, i32 3, i32 2, i32 2, i32 3, i32 -1, i32 -1734990336, i32 -1, i32 3], [9 x i32] [i32 -1464384810, i32 1, i32 -220687992, i32 589314238, i32 1, i32 1979185015, i32 1, i32 589314238, i32 -220687992], [9 x i32] [i32 -2, i32 -2, i32 -1734990336, i32 3, i32 -1, i32 3, i32 -1734990336, i32 -2, i32 -2], [9 x i32] [i32 -220687992, i32 589314238, i32 1, i32 1979185015, i32 1, i32 589314238, i32 -220687992, i32 1, i32 -1464384810], [9 x i32] [i32 3, i32 -1, i32 -1734990336, i32 -1, i32 3, i32 2, i32 2, i32 3, i32 -1], [9 x i32] [i32 -220687992, i32 -1, i32 -220687992, i32 1, i32 4, i32 1416685959, i32 -1, i32 1, i32 1]], align 4
@.str.11 = private unnamed_addr constant [11 x i8] c"g_42[i][j]\00", align 1
@.str.12 = private unnamed_addr constant [18 x i8] c"index = [%d][%d]\0A\00", align 1
@g_74 = internal global i16 0, align 2
@.str.13 = private unnamed_addr constant [5 x i8] c"g_74\00", align 1
@g_76 = internal global i64 0, align 8
@.str.14 = private unnamed_addr constant [5 x i8] c"g_76\00", align 1
@g_125 = internal global [2 x [9 x [7 x i32]]] [[9 x [7 x i32]] [[7 x i32] [i32 -8, i32 -134741910, i32 0, i32 1, i32 -1, i32 4, i32 7], [7 x i32] [i32 1, i32 0, i32 -134741910, i32 -8, i32 0, i32 0, i32 0], [7 x i32] [i32 1, i32 5, i32 1, i32 5, i32 1, i32 84436696, i32 0], [7 x i32] [i32 0, i32 1939153222, i32 -1, i32 1, i32 0, i32 -134741910, i32 7], [7 x i32] [i32 -1, i32 84436696, i32 -8, i32 -6, i32 1417189048, i32 1, i32 -466475554], [7 x i32] [i32 0, i32 1, i32 4, i32 -466475554, i32 4, i32 1, i32 0], [7 x i32] [i32 1, i32 1, i32 1, i32 0, i32 5, i32 0, i32 1], [7 x i32] [i32 1, i32 84436696, i32 -300409680, i32 1, i32 -466475554, i32 7, i32 1939153222], [7 x i32] [i32 -8, i32 1939153222, i32 1, i32 5, i32 1, i32 5, i32 1]], [9 x [7 x i32]] [[7 x i32] [i32 0, i32 0, i32 -300409680, i32 5, i32 -518317707, i32 1939153222, i32 -466475554], [7 x i32] [i32 1, i32 -518317707, i32 0, i32 1, i32 -1, i32 84436696, i32 4], [7 x i32] [i32 1417189048, i32 -8, i32 1939153222, i32 1, i32 -518317707, i32 1, i32 -518317707], [7 x i32] [i32 7, i32 -1, i32 -1, i32 7, i32 1, i32 1, i32 -6], [7 x i32] [i32 1, i32 1939153222, i32 -8, i32 1417189048, i32 7, i32 84436696, i32 5], [7 x i32] [i32 1, i32 0, i32 -518317707, i32 1, i32 0, i32 1939153222, i32 -6], [7 x i32] [i32 5, i32 -300409680, i32 0, i32 0, i32 -300409680, i32 5, i32 -518317707], [7 x i32] [i32 5, i32 1, i32 84436696, i32 0, i32 -466475554, i32 0, i32 4], [7 x i32] [i32 1, i32 -6, i32 4, i32 -1, i32 1, i32 -134741910, i32 -466475554]]], align 4
@.str.15 = private unnamed_addr constant [15 x i8] c"g_125[i][j][k]\00", align 1
@g_131 = internal global i64 -1, align 8
@.str.16 = private unnamed_addr constant [6 x i8] c"g_131\00", align 1
@g_133 = internal global i8 -5, align 1
@.str.17 = private unnamed_addr constant [6 x i8] c"g_133\00", align 1
@g_138 = internal global [4 x i32] [i32 -1273171421, i32 -1273171421, i32 -1273171421, i32 -1273171421], align 4
@.str.18 = private unnamed_addr constant [9 x i8] c"g_138[i]\00", align 1
@.str.19 = private unnamed_addr constant [14 x i8] c"index = [%d]\0A\00", align 1
@g_152 = internal global [3 x [1 x i8]] [[1 x i8] c"\F9", [1 x i8] c"\F9", [1 x i8] c"\F9"], align 1
@.str.20 = private unnamed_addr constant [12 x i8] c"g_152[i][j]\00", align 1
@g_156 = internal global i32 -1845244133, align 4
@.str.21 = private unnamed_addr constant [6 x i8] c"g_156\00", align 1
@g_160 = internal global i32 313115276, align 4
@.str.22 = private unnamed_addr constant [6 x i8] c"g_160\00", align 1
@g_199 = internal global [3 x i16] [i16 1, i16 1, i16 1], align 2
@.str.23 = private unnamed_addr constant [9 x i8] c"g_199[i]\00", align 1
@g_201 = internal global i64 1, align 8
@.str.24 = private unnamed_addr constant [6 x i8] c"g_201\00", align 1
@g_221 = internal global i64 1, align 8
@.str.25 = private unnamed_addr constant [6 x i8] c"g_221\00", align 1
@g_244 = internal global i64 4393107674423766806, align 8
@.str.26 = private unnamed_addr constant [6 x i8] c"g_244\00", align 1
@g_286 = internal global i32 1, align 4
@.str.27 = private unnamed_addr constant [6 x i8] c"g_286\00", align 1
@g_374 = internal global i64 -7485294397219700362, align 8
@.str.28 = private unnamed_addr constant [6 x i8] c"g_374\00", align 1
@g_375 = internal global i8 0, align 1
@.str.29 = private unnamed_addr constant [6 x i8] c"g_375\00", align 1
@g_495 = internal global [7 x [5 x i64]] [[5 x i64] [i64 -5512048018478526705, i64 0, i64 -5512048018478526705, i64 -3, i64 0], [5 x i64] [i64 -3911241899920071383, i64 -6642085100245601017, i64 -3, i64 -3911241899920071383, i64 -3], [5 x i64] [i64 -3911241899920071383, i64 -3911241899920071383, i64 -1, i64 0, i64 -7166737453473441402], [5 x i64] [i64 -5512048018478526705, i64 -7166737453473441402, i64 -3, i64 -3, i64 -7166737453473441402], [5 x i64] [i64 -7166737453473441402, i64 -6642085100245601017, i64 -5512048018478526705, i64 -7166737453473441402, i64 -3], [5 x i64] [i64 0, i64 -7166737453473441402, i64 -1, i64 -7166737453473441402, i64 0], [5 x i64] [i64 -5512048018478526705, i64 -3911241899920071383, i64 -6642085100245601017, i64 -3, i64 -3911241899920071383]], align 8
@.str.30 = private unnamed_addr constant [12 x i8] c"g_495[i][j]\00", align 1
@g_585 = internal global [9 x i8] c"\00\98\98\00\98\98\00\F6\F6", align 1
@.str.31 = private unnamed_addr constant [9 x i8] c"g_585[i]\00", align 1
@g_679 = internal global i32 -355146287, align 4
@.str.32 = private unnamed_addr constant [6 x i8] c"g_679\00", align 1
@g_682 = internal global i16 -8439, align 2
@.str.33 = private unnamed_addr constant [6 x i8] c"g_682\00", align 1
@g_850 = internal global i16 -3, align 2
@.str.34 = private unnamed_addr constant [6 x i8] c"g_850\00", align 1
@g_890 = internal global i16 -6552, align 2
@.str.35 = private unnamed_addr constant [6 x i8] c"g_890\00", align 1
@g_926 = internal global [5 x [3 x [7 x i8]]] [[3 x [7 x i8]] [[7 x i8] c"\FF\F5\08\06\07\F6\92", [7 x i8] c"\08\06\00\9A\85\08\DD", [7 x i8] c"\00\09\FA\06\9A\06\FA"], [3 x [7 x i8]] [[7 x i8] c"\00\00\B3\09\F68\92", [7 x i8] c"8J\00\F5\B3\FA\85", [7 x i8] c"\B3\00\FE\1E\F6\85\00"], [3 x [7 x i8]] [[7 x i8] c"v\07g\FF\9A\9A\FF", [7 x i8] c"\01\07\01\00\85\F6\1E", [7 x i8] c"\FF\00\DD\85\FA\B3\F5"], [3 x [7 x i8]] [[7 x i8] c"\06J\9A\928\F6\09", [7 x i8] c"\01\00\09\FA\06\9A\06", [7 x i8] c"\DD\09\09\DD\08\85\9A"], [3 x [7 x i8]] [[7 x i8] c"\92\09\9A\09v\FA\FE", [7 x i8] c"J\FF\DD\06\008\9A", [7 x i8] c"\FF\85\018\00\06\06"]], align 1
@.str.36 = private unnamed_addr constant [15 x i8] c"g_926[i][j][k]\00", align 1
@g_1041 = internal global i32 -1401377732, align 4
@.str.37 = private unnamed_addr constant [7 x i8] c"g_1041\00", align 1
@g_1085 = internal global i32 9, align 4
@.str.38 = private unnamed_addr constant [7 x i8] c"g_1085\00", align 1
@g_1195 = internal global i32 5, align 4
@.str.39 = private unnamed_addr constant [7 x i8] c"g_1195\00", align 1
@g_1214 = internal global i32 889161267, align 4
@.str.40 = private unnamed_addr constant [7 x i8] c"g_1214\00", align 1
@g_1289 = internal global i32 -1405134331, align 4
@.str.41 = private unnamed_addr constant [7 x i8] c"g_1289\00", align 1
@g_1392 = internal global i32 -477418735, align 4
@.str.42 = private unnamed_addr constant [7 x i8] c"g_1392\00", align 1
@g_1486 = internal global [3 x [10 x [8 x i8]]] [[10 x [8 x i8]] [[8 x i8] c"\00\FFK;\04\FF\04;", [8 x i8] c"O\01O\054\FFK\94", [8 x i8] c"K\FF\00\0A\FF\944\88", [8 x i8] c"K\FB\EC\FF4\FF\EC\FB", [8 x i8] c"O\FE\FF\FF\04\05\01\88", [8 x i8] c"\00\88\04\0AO\FB\01\9E", [8 x i8] c"\01\88K\FEK\88\01\FB", [8 x i8] c"K\88\01\FB\FF\FF~\01", [8 x i8] c"\01\05\04\FF\FF\FEO\FE", [8 x i8] c"K\01\FF\01K\0A\01\FE"], [10 x [8 x i8]] [[8 x i8] c"\01\FFO\FF\FF\9E\FF\01", [8 x i8] c"\04\0AO\FB\01\94\01\FB", [8 x i8] c"\FF;\FF\FE~\94O\9E", [8 x i8] c"O\0A\04\88\00\9E~\05", [8 x i8] c"O\FF\01\0A~\0A\01\FF", [8 x i8] c"\FF\01K\0A\01\FE\EC\05", [8 x i8] c"\04\05\01\88\FF\FF\EC\9E", [8 x i8] c"\01\88K\FEK\88\01\FB", [8 x i8] c"K\88\01\FB\FF\FF~\01", [8 x i8] c"\01\05\04\FF\FF\FEO\FE"], [10 x [8 x i8]] [[8 x i8] c"K\01\FF\01K\0A\01\FE", [8 x i8] c"\01\FFO\FF\FF\9E\FF\01", [8 x i8] c"\04\0AO\FB\01\94\01\FB", [8 x i8] c"\FF;\FF\FE~\94O\9E", [8 x i8] c"O\0A\04\88\00\9E~\05", [8 x i8] c"O\FF\01\0A~\0A\01\FF", [8 x i8] c"\FF\01K\0A\01\FE\EC\05", [8 x i8] c"\04\05\01\88\FF\FF\EC\9E", [8 x i8] c"\01\88K\FEK\88\01\FB", [8 x i8] c"K\88\01\FB\FF\94\FF;"]], align 1
@.str.43 = private unnamed_addr constant [16 x i8] c"g_1486[i][j][k]\00", align 1
@g_1501 = internal global i16 2, align 2
@.str.44 = private unnamed_addr constant [7 x i8] c"g_1501\00", align 1
@g_1626 = internal global [3 x [5 x i32]] [[5 x i32] [i32 -9, i32 -9, i32 -9, i32 -9, i32 -9], [5 x i32] [i32 -9, i32 -9, i32 -9, i32 -9, i32 -9], [5 x i32] [i32 -9, i32 -9, i32 -9, i32 -9, i32 -9]], align 4
@.str.45 = private unnamed_addr constant [13 x i8] c"g_1626[i][j]\00", align 1
@g_1741 = internal global i32 1718601824, align 4
@.str.46 = private unnamed_addr constant [7 x i8] c"g_1741\00", align 1
@g_1882 = internal global [8 x i8] c"\01\01\01\01\01\01\01\01", align 1
@.str.47 = private unnamed_addr constant [10 x i8] c"g_1882[i]\00", align 1
@g_2045 = internal global [2 x i32] [i32 1, i32 1], align 4
@.str.48 = private unnamed_addr constant [10 x i8] c"g_2045[i]\00", align 1
@g_2069 = internal global i32 -830386533, align 4
@.str.49 = private unnamed_addr constant [7 x i8] c"g_2069\00", align 1
@crc32_context = internal global i32 -1, align 4
@crc32_tab = internal global [256 x i32] zeroinitializer, align 4
@g_828 = internal global [1 x ptr] [ptr @g_201], align 4
@g_126 = internal global [9 x [7 x [4 x ptr]]] [[7 x [4 x ptr]] [[4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr null, ptr null, ptr @g_127], [4 x ptr] [ptr @g_127, ptr null, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr null, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127]], [7 x [4 x ptr]] [[4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr null, ptr @g_127, ptr @g_127], [4 x ptr] [ptr null, ptr null, ptr @g_127, ptr @g_127], [4 x ptr] [ptr null, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127]], [7 x [4 x ptr]] [[4 x ptr] [ptr @g_127, ptr @g_127, ptr null, ptr @g_127], [4 x ptr] [ptr @g_127, ptr null, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr null, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr null, ptr @g_127], [4 x ptr] [ptr @g_127, ptr null, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127]], [7 x [4 x ptr]] [[4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr null], [4 x ptr] [ptr null, ptr @g_127, ptr @g_127, ptr null], [4 x ptr] [ptr null, ptr @g_127, ptr @g_127, ptr null], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr null], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr null, ptr @g_127, ptr @g_127, ptr @g_127]], [7 x [4 x ptr]] [[4 x ptr] [ptr @g_127, ptr null, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr null, ptr null, ptr null], [4 x ptr] [ptr @g_127, ptr @g_127, ptr null, ptr @g_127], [4 x ptr] [ptr @g_127, ptr null, ptr @g_127, ptr null], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127]], [7 x [4 x ptr]] [[4 x ptr] zeroinitializer, [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr null, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr null], [4 x ptr] [ptr @g_127, ptr null, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127]], [7 x [4 x ptr]] [[4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr null], [4 x ptr] [ptr @g_127, ptr null, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr null], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr null, ptr @g_127, ptr null], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127]], [7 x [4 x ptr]] [[4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr null, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr null, ptr @g_127], [4 x ptr] [ptr null, ptr @g_127, ptr @g_127, ptr @g_127]], [7 x [4 x ptr]] [[4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr null], [4 x ptr] [ptr @g_127, ptr null, ptr null, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr null], [4 x ptr] [ptr @g_127, ptr @g_127, ptr null, ptr @g_127], [4 x ptr] [ptr @g_127, ptr null, ptr @g_127, ptr null], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127]]], align 4
@g_1437 = internal global ptr @g_286, align 4
@g_827 = internal global ptr @g_828, align 4
@g_127 = internal global ptr @g_76, align 4
@g_136 = internal global ptr @g_28, align 4
@g_1368 = internal global ptr getelementptr (i8, ptr @g_585, i64 4), align 4
@g_1973 = internal global ptr @g_241, align 4
@g_860 = internal global ptr getelementptr (i8, ptr @g_125, i64 168), align 4
@g_1811 = internal global ptr @g_1812, align 4
@g_28 = internal global ptr @g_2, align 4
@g_241 = internal global ptr @g_151, align 4
@g_151 = internal global ptr getelementptr (i8, ptr @g_152, i64 1), align 4
@g_1812 = internal global ptr @g_1813, align 4
@g_1813 = internal global ptr @g_1814, align 4
@g_1814 = internal global ptr @g_1815, align 4
@g_1815 = internal global ptr getelementptr (i8, ptr @g_35, i64 68), align 4
@.str.50 = private unnamed_addr constant [36 x i8] c"...checksum after hashing %s : %lX\0A\00", align 1
@.str.51 = private unnamed_addr constant [15 x i8] c"checksum = %X\0A\00", align 1

; Function Attrs: noinline nounwind
define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4
  store ptr %1, ptr %5, align 4
  store i32 0, ptr %9, align 4
  %10 = load i32, ptr %4, align 4
  %11 = icmp eq i32 %10, 2
  br i1 %11, label %12, label %19

12:                                               ; preds = %2
  %13 = load ptr, ptr %5, align 4
  %14 = getelementptr inbounds ptr, ptr %13, i32 1
  %15 = load ptr, ptr %14, align 4
  %16 = call i32 @strcmp(ptr noundef %15, ptr noundef @.str) #3
  %17 = icmp eq i32 %16, 0
  br i1 %17, label %18, label %19

18:                                               ; preds = %12
  store i32 1, ptr %9, align 4
  br label %19

19:                                               ; preds = %18, %12, %2
  call void @platform_main_begin()
  call void @crc32_gentab()
  %20 = call i32 @func_1()
  %21 = load i32, ptr @g_2, align 4
  %22 = sext i32 %21 to i64
  %23 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %22, ptr noundef @.str.1, i32 noundef %23)
  %24 = load i32, ptr @g_24, align 4
  %25 = sext i32 %24 to i64
  %26 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %25, ptr noundef @.str.2, i32 noundef %26)
  store i32 0, ptr %6, align 4
  br label %27

27:                                               ; preds = %64, %19
  %28 = load i32, ptr %6, align 4
  %29 = icmp slt i32 %28, 4
  br i1 %29, label %30, label %67

30:                                               ; preds = %27
  store i32 0, ptr %7, align 4
  br label %31

31:                                               ; preds = %60, %30
  %32 = load i32, ptr %7, align 4
  %33 = icmp slt i32 %32, 7
  br i1 %33, label %34, label %63

34:                                               ; preds = %31
  store i32 0, ptr %8, align 4
  br label %35

35:                                               ; preds = %56, %34
  %36 = load i32, ptr %8, align 4
  %37 = icmp slt i32 %36, 2
  br i1 %37, label %38, label %59

38:                                               ; preds = %35
  %39 = load i32, ptr %6, align 4
  %40 = getelementptr inbounds [4 x [7 x [2 x i32]]], ptr @g_29, i32 0, i32 %39
  %41 = load i32, ptr %7, align 4
  %42 = getelementptr inbounds [7 x [2 x i32]], ptr %40, i32 0, i32 %41
  %43 = load i32, ptr %8, align 4
  %44 = getelementptr inbounds [2 x i32], ptr %42, i32 0, i32 %43
  %45 = load i32, ptr %44, align 4
  %46 = sext i32 %45 to i64
  %47 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %46, ptr noundef @.str.3, i32 noundef %47)
  %48 = load i32, ptr %9, align 4
  %49 = icmp ne i32 %48, 0
  br i1 %49, label %50, label %55

50:                                               ; preds = %38
  %51 = load i32, ptr %6, align 4
  %52 = load i32, ptr %7, align 4
  %53 = load i32, ptr %8, align 4
  %54 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %51, i32 noundef %52, i32 noundef %53)
  br label %55

55:                                               ; preds = %50, %38
  br label %56

56:                                               ; preds = %55
  %57 = load i32, ptr %8, align 4
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %8, align 4
  br label %35, !llvm.loop !7

59:                                               ; preds = %35
  br label %60

60:                                               ; preds = %59
  %61 = load i32, ptr %7, align 4
  %62 = add nsw i32 %61, 1
  store i32 %62, ptr %7, align 4
  br label %31, !llvm.loop !9

63:                                               ; preds = %31
  br label %64

64:                                               ; preds = %63
  %65 = load i32, ptr %6, align 4
  %66 = add nsw i32 %65, 1
  store i32 %66, ptr %6, align 4
  br label %27, !llvm.loop !10

67:                                               ; preds = %27
  %68 = load volatile i32, ptr @g_33, align 4
  %69 = sext i32 %68 to i64
  %70 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %69, ptr noundef @.str.5, i32 noundef %70)
  %71 = load volatile i32, ptr @g_34, align 4
  %72 = sext i32 %71 to i64
  %73 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %72, ptr noundef @.str.6, i32 noundef %73)
  store i32 0, ptr %6, align 4
  br label %74

74:                                               ; preds = %111, %67
  %75 = load i32, ptr %6, align 4
  %76 = icmp slt i32 %75, 4
  br i1 %76, label %77, label %114

77:                                               ; preds = %74
  store i32 0, ptr %7, align 4
  br label %78

78:                                               ; preds = %107, %77
  %79 = load i32, ptr %7, align 4
  %80 = icmp slt i32 %79, 1
  br i1 %80, label %81, label %110

81:                                               ; preds = %78
  store i32 0, ptr %8, align 4
  br label %82

82:                                               ; preds = %103, %81
  %83 = load i32, ptr %8, align 4
  %84 = icmp slt i32 %83, 8
  br i1 %84, label %85, label %106

85:                                               ; preds = %82
  %86 = load i32, ptr %6, align 4
  %87 = getelementptr inbounds [4 x [1 x [8 x i32]]], ptr @g_35, i32 0, i32 %86
  %88 = load i32, ptr %7, align 4
  %89 = getelementptr inbounds [1 x [8 x i32]], ptr %87, i32 0, i32 %88
  %90 = load i32, ptr %8, align 4
  %91 = getelementptr inbounds [8 x i32], ptr %89, i32 0, i32 %90
  %92 = load i32, ptr %91, align 4
  %93 = sext i32 %92 to i64
  %94 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %93, ptr noundef @.str.7, i32 noundef %94)
  %95 = load i32, ptr %9, align 4
  %96 = icmp ne i32 %95, 0
  br i1 %96, label %97, label %102

97:                                               ; preds = %85
  %98 = load i32, ptr %6, align 4
  %99 = load i32, ptr %7, align 4
  %100 = load i32, ptr %8, align 4
  %101 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %98, i32 noundef %99, i32 noundef %100)
  br label %102

102:                                              ; preds = %97, %85
  br label %103

103:                                              ; preds = %102
  %104 = load i32, ptr %8, align 4
  %105 = add nsw i32 %104, 1
  store i32 %105, ptr %8, align 4
  br label %82, !llvm.loop !11

106:                                              ; preds = %82
  br label %107

107:                                              ; preds = %106
  %108 = load i32, ptr %7, align 4
  %109 = add nsw i32 %108, 1
  store i32 %109, ptr %7, align 4
  br label %78, !llvm.loop !12

110:                                              ; preds = %78
  br label %111

111:                                              ; preds = %110
  %112 = load i32, ptr %6, align 4
  %113 = add nsw i32 %112, 1
  store i32 %113, ptr %6, align 4
  br label %74, !llvm.loop !13

114:                                              ; preds = %74
  %115 = load i32, ptr @g_36, align 4
  %116 = sext i32 %115 to i64
  %117 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %116, ptr noundef @.str.8, i32 noundef %117)
  %118 = load i32, ptr @g_37, align 4
  %119 = sext i32 %118 to i64
  %120 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %119, ptr noundef @.str.9, i32 noundef %120)
  %121 = load i32, ptr @g_40, align 4
  %122 = sext i32 %121 to i64
  %123 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %122, ptr noundef @.str.10, i32 noundef %123)
  store i32 0, ptr %6, align 4
  br label %124

124:                                              ; preds = %150, %114
  %125 = load i32, ptr %6, align 4
  %126 = icmp slt i32 %125, 10
  br i1 %126, label %127, label %153

127:                                              ; preds = %124
  store i32 0, ptr %7, align 4
  br label %128

128:                                              ; preds = %146, %127
  %129 = load i32, ptr %7, align 4
  %130 = icmp slt i32 %129, 9
  br i1 %130, label %131, label %149

131:                                              ; preds = %128
  %132 = load i32, ptr %6, align 4
  %133 = getelementptr inbounds [10 x [9 x i32]], ptr @g_42, i32 0, i32 %132
  %134 = load i32, ptr %7, align 4
  %135 = getelementptr inbounds [9 x i32], ptr %133, i32 0, i32 %134
  %136 = load i32, ptr %135, align 4
  %137 = sext i32 %136 to i64
  %138 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %137, ptr noundef @.str.11, i32 noundef %138)
  %139 = load i32, ptr %9, align 4
  %140 = icmp ne i32 %139, 0
  br i1 %140, label %141, label %145

141:                                              ; preds = %131
  %142 = load i32, ptr %6, align 4
  %143 = load i32, ptr %7, align 4
  %144 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %142, i32 noundef %143)
  br label %145

145:                                              ; preds = %141, %131
  br label %146

146:                                              ; preds = %145
  %147 = load i32, ptr %7, align 4
  %148 = add nsw i32 %147, 1
  store i32 %148, ptr %7, align 4
  br label %128, !llvm.loop !14

149:                                              ; preds = %128
  br label %150

150:                                              ; preds = %149
  %151 = load i32, ptr %6, align 4
  %152 = add nsw i32 %151, 1
  store i32 %152, ptr %6, align 4
  br label %124, !llvm.loop !15

153:                                              ; preds = %124
  %154 = load i16, ptr @g_74, align 2
  %155 = sext i16 %154 to i64
  %156 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %155, ptr noundef @.str.13, i32 noundef %156)
  %157 = load i64, ptr @g_76, align 8
  %158 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %157, ptr noundef @.str.14, i32 noundef %158)
  store i32 0, ptr %6, align 4
  br label %159

159:                                              ; preds = %196, %153
  %160 = load i32, ptr %6, align 4
  %161 = icmp slt i32 %160, 2
  br i1 %161, label %162, label %199

162:                                              ; preds = %159
  store i32 0, ptr %7, align 4
  br label %163

163:                                              ; preds = %192, %162
  %164 = load i32, ptr %7, align 4
  %165 = icmp slt i32 %164, 9
  br i1 %165, label %166, label %195

166:                                              ; preds = %163
  store i32 0, ptr %8, align 4
  br label %167

167:                                              ; preds = %188, %166
  %168 = load i32, ptr %8, align 4
  %169 = icmp slt i32 %168, 7
  br i1 %169, label %170, label %191

170:                                              ; preds = %167
  %171 = load i32, ptr %6, align 4
  %172 = getelementptr inbounds [2 x [9 x [7 x i32]]], ptr @g_125, i32 0, i32 %171
  %173 = load i32, ptr %7, align 4
  %174 = getelementptr inbounds [9 x [7 x i32]], ptr %172, i32 0, i32 %173
  %175 = load i32, ptr %8, align 4
  %176 = getelementptr inbounds [7 x i32], ptr %174, i32 0, i32 %175
  %177 = load i32, ptr %176, align 4
  %178 = zext i32 %177 to i64
  %179 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %178, ptr noundef @.str.15, i32 noundef %179)
  %180 = load i32, ptr %9, align 4
  %181 = icmp ne i32 %180, 0
  br i1 %181, label %182, label %187

182:                                              ; preds = %170
  %183 = load i32, ptr %6, align 4
  %184 = load i32, ptr %7, align 4
  %185 = load i32, ptr %8, align 4
  %186 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %183, i32 noundef %184, i32 noundef %185)
  br label %187

187:                                              ; preds = %182, %170
  br label %188

188:                                              ; preds = %187
  %189 = load i32, ptr %8, align 4
  %190 = add nsw i32 %189, 1
  store i32 %190, ptr %8, align 4
  br label %167, !llvm.loop !16

191:                                              ; preds = %167
  br label %192

192:                                              ; preds = %191
  %193 = load i32, ptr %7, align 4
  %194 = add nsw i32 %193, 1
  store i32 %194, ptr %7, align 4
  br label %163, !llvm.loop !17

195:                                              ; preds = %163
  br label %196

196:                                              ; preds = %195
  %197 = load i32, ptr %6, align 4
  %198 = add nsw i32 %197, 1
  store i32 %198, ptr %6, align 4
  br label %159, !llvm.loop !18

199:                                              ; preds = %159
  %200 = load i64, ptr @g_131, align 8
  %201 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %200, ptr noundef @.str.16, i32 noundef %201)
  %202 = load i8, ptr @g_133, align 1
  %203 = sext i8 %202 to i64
  %204 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %203, ptr noundef @.str.17, i32 noundef %204)
  store i32 0, ptr %6, align 4
  br label %205

205:                                              ; preds = %220, %199
  %206 = load i32, ptr %6, align 4
  %207 = icmp slt i32 %206, 4
  br i1 %207, label %208, label %223

208:                                              ; preds = %205
  %209 = load i32, ptr %6, align 4
  %210 = getelementptr inbounds [4 x i32], ptr @g_138, i32 0, i32 %209
  %211 = load i32, ptr %210, align 4
  %212 = sext i32 %211 to i64
  %213 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %212, ptr noundef @.str.18, i32 noundef %213)
  %214 = load i32, ptr %9, align 4
  %215 = icmp ne i32 %214, 0
  br i1 %215, label %216, label %219

216:                                              ; preds = %208
  %217 = load i32, ptr %6, align 4
  %218 = call i32 (ptr, ...) @printf(ptr noundef @.str.19, i32 noundef %217)
  br label %219

219:                                              ; preds = %216, %208
  br label %220

220:                                              ; preds = %219
  %221 = load i32, ptr %6, align 4
  %222 = add nsw i32 %221, 1
  store i32 %222, ptr %6, align 4
  br label %205, !llvm.loop !19

223:                                              ; preds = %205
  store i32 0, ptr %6, align 4
  br label %224

224:                                              ; preds = %250, %223
  %225 = load i32, ptr %6, align 4
  %226 = icmp slt i32 %225, 3
  br i1 %226, label %227, label %253

227:                                              ; preds = %224
  store i32 0, ptr %7, align 4
  br label %228

228:                                              ; preds = %246, %227
  %229 = load i32, ptr %7, align 4
  %230 = icmp slt i32 %229, 1
  br i1 %230, label %231, label %249

231:                                              ; preds = %228
  %232 = load i32, ptr %6, align 4
  %233 = getelementptr inbounds [3 x [1 x i8]], ptr @g_152, i32 0, i32 %232
  %234 = load i32, ptr %7, align 4
  %235 = getelementptr inbounds [1 x i8], ptr %233, i32 0, i32 %234
  %236 = load i8, ptr %235, align 1
  %237 = zext i8 %236 to i64
  %238 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %237, ptr noundef @.str.20, i32 noundef %238)
  %239 = load i32, ptr %9, align 4
  %240 = icmp ne i32 %239, 0
  br i1 %240, label %241, label %245

241:                                              ; preds = %231
  %242 = load i32, ptr %6, align 4
  %243 = load i32, ptr %7, align 4
  %244 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %242, i32 noundef %243)
  br label %245

245:                                              ; preds = %241, %231
  br label %246

246:                                              ; preds = %245
  %247 = load i32, ptr %7, align 4
  %248 = add nsw i32 %247, 1
  store i32 %248, ptr %7, align 4
  br label %228, !llvm.loop !20

249:                                              ; preds = %228
  br label %250

250:                                              ; preds = %249
  %251 = load i32, ptr %6, align 4
  %252 = add nsw i32 %251, 1
  store i32 %252, ptr %6, align 4
  br label %224, !llvm.loop !21

253:                                              ; preds = %224
  %254 = load i32, ptr @g_156, align 4
  %255 = zext i32 %254 to i64
  %256 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %255, ptr noundef @.str.21, i32 noundef %256)
  %257 = load i32, ptr @g_160, align 4
  %258 = sext i32 %257 to i64
  %259 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %258, ptr noundef @.str.22, i32 noundef %259)
  store i32 0, ptr %6, align 4
  br label %260

260:                                              ; preds = %275, %253
  %261 = load i32, ptr %6, align 4
  %262 = icmp slt i32 %261, 3
  br i1 %262, label %263, label %278

263:                                              ; preds = %260
  %264 = load i32, ptr %6, align 4
  %265 = getelementptr inbounds [3 x i16], ptr @g_199, i32 0, i32 %264
  %266 = load i16, ptr %265, align 2
  %267 = zext i16 %266 to i64
  %268 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %267, ptr noundef @.str.23, i32 noundef %268)
  %269 = load i32, ptr %9, align 4
  %270 = icmp ne i32 %269, 0
  br i1 %270, label %271, label %274

271:                                              ; preds = %263
  %272 = load i32, ptr %6, align 4
  %273 = call i32 (ptr, ...) @printf(ptr noundef @.str.19, i32 noundef %272)
  br label %274

274:                                              ; preds = %271, %263
  br label %275

275:                                              ; preds = %274
  %276 = load i32, ptr %6, align 4
  %277 = add nsw i32 %276, 1
  store i32 %277, ptr %6, align 4
  br label %260, !llvm.loop !22

278:                                              ; preds = %260
  %279 = load i64, ptr @g_201, align 8
  %280 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %279, ptr noundef @.str.24, i32 noundef %280)
  %281 = load i64, ptr @g_221, align 8
  %282 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %281, ptr noundef @.str.25, i32 noundef %282)
  %283 = load i64, ptr @g_244, align 8
  %284 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %283, ptr noundef @.str.26, i32 noundef %284)
  %285 = load i32, ptr @g_286, align 4
  %286 = zext i32 %285 to i64
  %287 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %286, ptr noundef @.str.27, i32 noundef %287)
  %288 = load i64, ptr @g_374, align 8
  %289 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %288, ptr noundef @.str.28, i32 noundef %289)
  %290 = load i8, ptr @g_375, align 1
  %291 = sext i8 %290 to i64
  %292 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %291, ptr noundef @.str.29, i32 noundef %292)
  store i32 0, ptr %6, align 4
  br label %293

293:                                              ; preds = %318, %278
  %294 = load i32, ptr %6, align 4
  %295 = icmp slt i32 %294, 7
  br i1 %295, label %296, label %321

296:                                              ; preds = %293
  store i32 0, ptr %7, align 4
  br label %297

297:                                              ; preds = %314, %296
  %298 = load i32, ptr %7, align 4
  %299 = icmp slt i32 %298, 5
  br i1 %299, label %300, label %317

300:                                              ; preds = %297
  %301 = load i32, ptr %6, align 4
  %302 = getelementptr inbounds [7 x [5 x i64]], ptr @g_495, i32 0, i32 %301
  %303 = load i32, ptr %7, align 4
  %304 = getelementptr inbounds [5 x i64], ptr %302, i32 0, i32 %303
  %305 = load i64, ptr %304, align 8
  %306 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %305, ptr noundef @.str.30, i32 noundef %306)
  %307 = load i32, ptr %9, align 4
  %308 = icmp ne i32 %307, 0
  br i1 %308, label %309, label %313

309:                                              ; preds = %300
  %310 = load i32, ptr %6, align 4
  %311 = load i32, ptr %7, align 4
  %312 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %310, i32 noundef %311)
  br label %313

313:                                              ; preds = %309, %300
  br label %314

314:                                              ; preds = %313
  %315 = load i32, ptr %7, align 4
  %316 = add nsw i32 %315, 1
  store i32 %316, ptr %7, align 4
  br label %297, !llvm.loop !23

317:                                              ; preds = %297
  br label %318

318:                                              ; preds = %317
  %319 = load i32, ptr %6, align 4
  %320 = add nsw i32 %319, 1
  store i32 %320, ptr %6, align 4
  br label %293, !llvm.loop !24

321:                                              ; preds = %293
  store i32 0, ptr %6, align 4
  br label %322

322:                                              ; preds = %337, %321
  %323 = load i32, ptr %6, align 4
  %324 = icmp slt i32 %323, 9
  br i1 %324, label %325, label %340

325:                                              ; preds = %322
  %326 = load i32, ptr %6, align 4
  %327 = getelementptr inbounds [9 x i8], ptr @g_585, i32 0, i32 %326
  %328 = load i8, ptr %327, align 1
  %329 = sext i8 %328 to i64
  %330 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %329, ptr noundef @.str.31, i32 noundef %330)
  %331 = load i32, ptr %9, align 4
  %332 = icmp ne i32 %331, 0
  br i1 %332, label %333, label %336

333:                                              ; preds = %325
  %334 = load i32, ptr %6, align 4
  %335 = call i32 (ptr, ...) @printf(ptr noundef @.str.19, i32 noundef %334)
  br label %336

336:                                              ; preds = %333, %325
  br label %337

337:                                              ; preds = %336
  %338 = load i32, ptr %6, align 4
  %339 = add nsw i32 %338, 1
  store i32 %339, ptr %6, align 4
  br label %322, !llvm.loop !25

340:                                              ; preds = %322
  %341 = load i32, ptr @g_679, align 4
  %342 = sext i32 %341 to i64
  %343 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %342, ptr noundef @.str.32, i32 noundef %343)
  %344 = load i16, ptr @g_682, align 2
  %345 = sext i16 %344 to i64
  %346 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %345, ptr noundef @.str.33, i32 noundef %346)
  %347 = load i16, ptr @g_850, align 2
  %348 = zext i16 %347 to i64
  %349 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %348, ptr noundef @.str.34, i32 noundef %349)
  %350 = load i16, ptr @g_890, align 2
  %351 = sext i16 %350 to i64
  %352 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %351, ptr noundef @.str.35, i32 noundef %352)
  store i32 0, ptr %6, align 4
  br label %353

353:                                              ; preds = %390, %340
  %354 = load i32, ptr %6, align 4
  %355 = icmp slt i32 %354, 5
  br i1 %355, label %356, label %393

356:                                              ; preds = %353
  store i32 0, ptr %7, align 4
  br label %357

357:                                              ; preds = %386, %356
  %358 = load i32, ptr %7, align 4
  %359 = icmp slt i32 %358, 3
  br i1 %359, label %360, label %389

360:                                              ; preds = %357
  store i32 0, ptr %8, align 4
  br label %361

361:                                              ; preds = %382, %360
  %362 = load i32, ptr %8, align 4
  %363 = icmp slt i32 %362, 7
  br i1 %363, label %364, label %385

364:                                              ; preds = %361
  %365 = load i32, ptr %6, align 4
  %366 = getelementptr inbounds [5 x [3 x [7 x i8]]], ptr @g_926, i32 0, i32 %365
  %367 = load i32, ptr %7, align 4
  %368 = getelementptr inbounds [3 x [7 x i8]], ptr %366, i32 0, i32 %367
  %369 = load i32, ptr %8, align 4
  %370 = getelementptr inbounds [7 x i8], ptr %368, i32 0, i32 %369
  %371 = load volatile i8, ptr %370, align 1
  %372 = sext i8 %371 to i64
  %373 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %372, ptr noundef @.str.36, i32 noundef %373)
  %374 = load i32, ptr %9, align 4
  %375 = icmp ne i32 %374, 0
  br i1 %375, label %376, label %381

376:                                              ; preds = %364
  %377 = load i32, ptr %6, align 4
  %378 = load i32, ptr %7, align 4
  %379 = load i32, ptr %8, align 4
  %380 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %377, i32 noundef %378, i32 noundef %379)
  br label %381

381:                                              ; preds = %376, %364
  br label %382

382:                                              ; preds = %381
  %383 = load i32, ptr %8, align 4
  %384 = add nsw i32 %383, 1
  store i32 %384, ptr %8, align 4
  br label %361, !llvm.loop !26

385:                                              ; preds = %361
  br label %386

386:                                              ; preds = %385
  %387 = load i32, ptr %7, align 4
  %388 = add nsw i32 %387, 1
  store i32 %388, ptr %7, align 4
  br label %357, !llvm.loop !27

389:                                              ; preds = %357
  br label %390

390:                                              ; preds = %389
  %391 = load i32, ptr %6, align 4
  %392 = add nsw i32 %391, 1
  store i32 %392, ptr %6, align 4
  br label %353, !llvm.loop !28

393:                                              ; preds = %353
  %394 = load i32, ptr @g_1041, align 4
  %395 = sext i32 %394 to i64
  %396 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %395, ptr noundef @.str.37, i32 noundef %396)
  %397 = load i32, ptr @g_1085, align 4
  %398 = sext i32 %397 to i64
  %399 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %398, ptr noundef @.str.38, i32 noundef %399)
  %400 = load i32, ptr @g_1195, align 4
  %401 = zext i32 %400 to i64
  %402 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %401, ptr noundef @.str.39, i32 noundef %402)
  %403 = load volatile i32, ptr @g_1214, align 4
  %404 = zext i32 %403 to i64
  %405 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %404, ptr noundef @.str.40, i32 noundef %405)
  %406 = load i32, ptr @g_1289, align 4
  %407 = sext i32 %406 to i64
  %408 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %407, ptr noundef @.str.41, i32 noundef %408)
  %409 = load i32, ptr @g_1392, align 4
  %410 = sext i32 %409 to i64
  %411 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %410, ptr noundef @.str.42, i32 noundef %411)
  store i32 0, ptr %6, align 4
  br label %412

412:                                              ; preds = %449, %393
  %413 = load i32, ptr %6, align 4
  %414 = icmp slt i32 %413, 3
  br i1 %414, label %415, label %452

415:                                              ; preds = %412
  store i32 0, ptr %7, align 4
  br label %416

416:                                              ; preds = %445, %415
  %417 = load i32, ptr %7, align 4
  %418 = icmp slt i32 %417, 10
  br i1 %418, label %419, label %448

419:                                              ; preds = %416
  store i32 0, ptr %8, align 4
  br label %420

420:                                              ; preds = %441, %419
  %421 = load i32, ptr %8, align 4
  %422 = icmp slt i32 %421, 8
  br i1 %422, label %423, label %444

423:                                              ; preds = %420
  %424 = load i32, ptr %6, align 4
  %425 = getelementptr inbounds [3 x [10 x [8 x i8]]], ptr @g_1486, i32 0, i32 %424
  %426 = load i32, ptr %7, align 4
  %427 = getelementptr inbounds [10 x [8 x i8]], ptr %425, i32 0, i32 %426
  %428 = load i32, ptr %8, align 4
  %429 = getelementptr inbounds [8 x i8], ptr %427, i32 0, i32 %428
  %430 = load i8, ptr %429, align 1
  %431 = zext i8 %430 to i64
  %432 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %431, ptr noundef @.str.43, i32 noundef %432)
  %433 = load i32, ptr %9, align 4
  %434 = icmp ne i32 %433, 0
  br i1 %434, label %435, label %440

435:                                              ; preds = %423
  %436 = load i32, ptr %6, align 4
  %437 = load i32, ptr %7, align 4
  %438 = load i32, ptr %8, align 4
  %439 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %436, i32 noundef %437, i32 noundef %438)
  br label %440

440:                                              ; preds = %435, %423
  br label %441

441:                                              ; preds = %440
  %442 = load i32, ptr %8, align 4
  %443 = add nsw i32 %442, 1
  store i32 %443, ptr %8, align 4
  br label %420, !llvm.loop !29

444:                                              ; preds = %420
  br label %445

445:                                              ; preds = %444
  %446 = load i32, ptr %7, align 4
  %447 = add nsw i32 %446, 1
  store i32 %447, ptr %7, align 4
  br label %416, !llvm.loop !30

448:                                              ; preds = %416
  br label %449

449:                                              ; preds = %448
  %450 = load i32, ptr %6, align 4
  %451 = add nsw i32 %450, 1
  store i32 %451, ptr %6, align 4
  br label %412, !llvm.loop !31

452:                                              ; preds = %412
  %453 = load i16, ptr @g_1501, align 2
  %454 = sext i16 %453 to i64
  %455 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %454, ptr noundef @.str.44, i32 noundef %455)
  store i32 0, ptr %6, align 4
  br label %456

456:                                              ; preds = %482, %452
  %457 = load i32, ptr %6, align 4
  %458 = icmp slt i32 %457, 3
  br i1 %458, label %459, label %485

459:                                              ; preds = %456
  store i32 0, ptr %7, align 4
  br label %460

460:                                              ; preds = %478, %459
  %461 = load i32, ptr %7, align 4
  %462 = icmp slt i32 %461, 5
  br i1 %462, label %463, label %481

463:                                              ; preds = %460
  %464 = load i32, ptr %6, align 4
  %465 = getelementptr inbounds [3 x [5 x i32]], ptr @g_1626, i32 0, i32 %464
  %466 = load i32, ptr %7, align 4
  %467 = getelementptr inbounds [5 x i32], ptr %465, i32 0, i32 %466
  %468 = load volatile i32, ptr %467, align 4
  %469 = zext i32 %468 to i64
  %470 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %469, ptr noundef @.str.45, i32 noundef %470)
  %471 = load i32, ptr %9, align 4
  %472 = icmp ne i32 %471, 0
  br i1 %472, label %473, label %477

473:                                              ; preds = %463
  %474 = load i32, ptr %6, align 4
  %475 = load i32, ptr %7, align 4
  %476 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %474, i32 noundef %475)
  br label %477

477:                                              ; preds = %473, %463
  br label %478

478:                                              ; preds = %477
  %479 = load i32, ptr %7, align 4
  %480 = add nsw i32 %479, 1
  store i32 %480, ptr %7, align 4
  br label %460, !llvm.loop !32

481:                                              ; preds = %460
  br label %482

482:                                              ; preds = %481
  %483 = load i32, ptr %6, align 4
  %484 = add nsw i32 %483, 1
  store i32 %484, ptr %6, align 4
  br label %456, !llvm.loop !33

485:                                              ; preds = %456
  %486 = load volatile i32, ptr @g_1741, align 4
  %487 = zext i32 %486 to i64
  %488 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %487, ptr noundef @.str.46, i32 noundef %488)
  store i32 0, ptr %6, align 4
  br label %489

489:                                              ; preds = %504, %485
  %490 = load i32, ptr %6, align 4
  %491 = icmp slt i32 %490, 8
  br i1 %491, label %492, label %507

492:                                              ; preds = %489
  %493 = load i32, ptr %6, align 4
  %494 = getelementptr inbounds [8 x i8], ptr @g_1882, i32 0, i32 %493
  %495 = load volatile i8, ptr %494, align 1
  %496 = sext i8 %495 to i64
  %497 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %496, ptr noundef @.str.47, i32 noundef %497)
  %498 = load i32, ptr %9, align 4
  %499 = icmp ne i32 %498, 0
  br i1 %499, label %500, label %503

500:                                              ; preds = %492
  %501 = load i32, ptr %6, align 4
  %502 = call i32 (ptr, ...) @printf(ptr noundef @.str.19, i32 noundef %501)
  br label %503

503:                                              ; preds = %500, %492
  br label %504

504:                                              ; preds = %503
  %505 = load i32, ptr %6, align 4
  %506 = add nsw i32 %505, 1
  store i32 %506, ptr %6, align 4
  br label %489, !llvm.loop !34

507:                                              ; preds = %489
  store i32 0, ptr %6, align 4
  br label %508

508:                                              ; preds = %523, %507
  %509 = load i32, ptr %6, align 4
  %510 = icmp slt i32 %509, 2
  br i1 %510, label %511, label %526

511:                                              ; preds = %508
  %512 = load i32, ptr %6, align 4
  %513 = getelementptr inbounds [2 x i32], ptr @g_2045, i32 0, i32 %512
  %514 = load volatile i32, ptr %513, align 4
  %515 = sext i32 %514 to i64
  %516 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %515, ptr noundef @.str.48, i32 noundef %516)
  %517 = load i32, ptr %9, align 4
  %518 = icmp ne i32 %517, 0
  br i1 %518, label %519, label %522

519:                                              ; preds = %511
  %520 = load i32, ptr %6, align 4
  %521 = call i32 (ptr, ...) @printf(ptr noundef @.str.19, i32 noundef %520)
  br label %522

522:                                              ; preds = %519, %511
  br label %523

523:                                              ; preds = %522
  %524 = load i32, ptr %6, align 4
  %525 = add nsw i32 %524, 1
  store i32 %525, ptr %6, align 4
  br label %508, !llvm.loop !35

526:                                              ; preds = %508
  %527 = load i32, ptr @g_2069, align 4
  %528 = zext i32 %527 to i64
  %529 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %528, ptr noundef @.str.49, i32 noundef %529)
  %530 = load i32, ptr @crc32_context, align 4
  %531 = xor i32 %530, -1
  %532 = load i32, ptr %9, align 4
  call void @platform_main_end(i32 noundef %531, i32 noundef %532)
  ret i32 0
}

; Function Attrs: nounwind
declare dso_local i32 @strcmp(ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind
define internal void @platform_main_begin() #0 {
  ret void
}

; Function Attrs: noinline nounwind
define internal void @crc32_gentab() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 -306674912, ptr %2, align 4
  store i32 0, ptr %3, align 4
  br label %5

5:                                                ; preds = %32, %0
  %6 = load i32, ptr %3, align 4
  %7 = icmp slt i32 %6, 256
  br i1 %7, label %8, label %35

8:                                                ; preds = %5
  %9 = load i32, ptr %3, align 4
  store i32 %9, ptr %1, align 4
  store i32 8, ptr %4, align 4
  br label %10

10:                                               ; preds = %25, %8
  %11 = load i32, ptr %4, align 4
  %12 = icmp sgt i32 %11, 0
  br i1 %12, label %13, label %28

13:                                               ; preds = %10
  %14 = load i32, ptr %1, align 4
  %15 = and i32 %14, 1
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %17, label %21

17:                                               ; preds = %13
  %18 = load i32, ptr %1, align 4
  %19 = lshr i32 %18, 1
  %20 = xor i32 %19, -306674912
  store i32 %20, ptr %1, align 4
  br label %24

21:                                               ; preds = %13
  %22 = load i32, ptr %1, align 4
  %23 = lshr i32 %22, 1
  store i32 %23, ptr %1, align 4
  br label %24

24:                                               ; preds = %21, %17
  br label %25

25:                                               ; preds = %24
  %26 = load i32, ptr %4, align 4
  %27 = add nsw i32 %26, -1
  store i32 %27, ptr %4, align 4
  br label %10, !llvm.loop !36

28:                                               ; preds = %10
  %29 = load i32, ptr %1, align 4
  %30 = load i32, ptr %3, align 4
  %31 = getelementptr inbounds [256 x i32], ptr @crc32_tab, i32 0, i32 %30
  store i32 %29, ptr %31, align 4
  br label %32

32:                                               ; preds = %28
  %33 = load i32, ptr %3, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %3, align 4
  br label %5, !llvm.loop !37

35:                                               ; preds = %5
  ret void
}

; Function Attrs: noinline nounwind
define internal i32 @func_1() #0 {
  %1 = alloca i16, align 2
  %2 = alloca ptr, align 4
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  %5 = alloca ptr, align 4
  %6 = alloca ptr, align 4
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 4
  %9 = alloca ptr, align 4
  %10 = alloca ptr, align 4
  %11 = alloca i16, align 2
  %12 = alloca ptr, align 4
  %13 = alloca ptr, align 4
  %14 = alloca i32, align 4
  %15 = alloca i16, align 2
  %16 = alloca ptr, align 4
  %17 = alloca ptr, align 4
  %18 = alloca ptr, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  %22 = alloca i16, align 2
  %23 = alloca i8, align 1
  %24 = alloca i32, align 4
  store i16 -16063, ptr %1, align 2
  store ptr getelementptr inbounds ([9 x i32], ptr getelementptr inbounds ([10 x [9 x i32]], ptr @g_42, i32 0, i32 9), i32 0, i32 7), ptr %2, align 4
  store ptr getelementptr inbounds ([8 x i32], ptr getelementptr inbounds ([4 x [1 x [8 x i32]]], ptr @g_35, i32 0, i32 2), i32 0, i32 7), ptr %3, align 4
  store ptr @g_828, ptr %4, align 4
  store ptr @g_131, ptr %5, align 4
  store ptr getelementptr inbounds ([7 x [4 x ptr]], ptr getelementptr inbounds ([9 x [7 x [4 x ptr]]], ptr @g_126, i32 0, i32 1), i32 0, i32 1), ptr %6, align 4
  store i64 -4, ptr %7, align 8
  store i32 2, ptr @g_2, align 4
  br label %25

25:                                               ; preds = %29, %0
  %26 = load i32, ptr @g_2, align 4
  %27 = icmp slt i32 %26, -9
  br i1 %27, label %28, label %32

28:                                               ; preds = %25
  store ptr @g_2, ptr %8, align 4
  store ptr %8, ptr %9, align 4
  store ptr null, ptr %10, align 4
  br label %29

29:                                               ; preds = %28
  %30 = load i32, ptr @g_2, align 4
  %31 = call i32 @safe_sub_func_int32_t_s_s(i32 noundef %30, i32 noundef 6)
  store i32 %31, ptr @g_2, align 4
  br label %25, !llvm.loop !38

32:                                               ; preds = %25
  store i32 17, ptr @g_1195, align 4
  br label %33

33:                                               ; preds = %233, %32
  %34 = load i32, ptr @g_1195, align 4
  %35 = icmp ult i32 %34, 29
  br i1 %35, label %36, label %238

36:                                               ; preds = %33
  store i16 -1, ptr %11, align 2
  store ptr @g_1437, ptr %12, align 4
  store ptr %12, ptr %13, align 4
  store i32 1, ptr %14, align 4
  store i16 -23865, ptr %15, align 2
  store i8 2, ptr @g_133, align 1
  br label %37

37:                                               ; preds = %226, %36
  %38 = load i8, ptr @g_133, align 1
  %39 = sext i8 %38 to i32
  %40 = icmp sge i32 %39, 0
  br i1 %40, label %41, label %231

41:                                               ; preds = %37
  store ptr null, ptr %16, align 4
  store ptr @g_827, ptr %17, align 4
  store ptr %4, ptr %18, align 4
  store i32 -55813965, ptr %19, align 4
  store i32 -7058357, ptr %20, align 4
  %42 = load i8, ptr @g_133, align 1
  %43 = sext i8 %42 to i32
  %44 = getelementptr inbounds [3 x i16], ptr @g_199, i32 0, i32 %43
  %45 = load i16, ptr %44, align 2
  %46 = load i8, ptr @g_133, align 1
  %47 = sext i8 %46 to i32
  %48 = getelementptr inbounds [3 x i16], ptr @g_199, i32 0, i32 %47
  %49 = load i16, ptr %48, align 2
  %50 = load ptr, ptr %16, align 4
  %51 = icmp eq ptr null, %50
  %52 = zext i1 %51 to i32
  %53 = trunc i32 %52 to i16
  %54 = call zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext %53, i16 noundef zeroext 1)
  %55 = zext i16 %54 to i32
  %56 = load ptr, ptr %17, align 4
  store ptr null, ptr %56, align 4
  %57 = load ptr, ptr %4, align 4
  %58 = load ptr, ptr %18, align 4
  store ptr %57, ptr %58, align 4
  %59 = icmp eq ptr null, %57
  %60 = zext i1 %59 to i32
  %61 = xor i32 %55, %60
  %62 = icmp ne i32 %61, 0
  br i1 %62, label %66, label %63

63:                                               ; preds = %41
  %64 = load ptr, ptr %5, align 4
  %65 = icmp eq ptr null, %64
  br label %66

66:                                               ; preds = %63, %41
  %67 = phi i1 [ true, %41 ], [ %65, %63 ]
  %68 = zext i1 %67 to i32
  %69 = sext i32 %68 to i64
  %70 = load ptr, ptr @g_127, align 4
  store i64 %69, ptr %70, align 8
  %71 = load i16, ptr %11, align 2
  %72 = sext i16 %71 to i64
  %73 = icmp slt i64 %69, %72
  %74 = zext i1 %73 to i32
  %75 = xor i32 %74, -1
  %76 = load i8, ptr @g_133, align 1
  %77 = sext i8 %76 to i32
  %78 = getelementptr inbounds [3 x i16], ptr @g_199, i32 0, i32 %77
  %79 = load i16, ptr %78, align 2
  %80 = zext i16 %79 to i32
  %81 = and i32 %75, %80
  %82 = trunc i32 %81 to i8
  %83 = call zeroext i8 @safe_sub_func_uint8_t_u_u(i8 noundef zeroext %82, i8 noundef zeroext -10)
  %84 = zext i8 %83 to i64
  %85 = icmp sge i64 %84, 5160785776639707266
  %86 = zext i1 %85 to i32
  %87 = load i32, ptr %19, align 4
  %88 = and i32 %87, %86
  store i32 %88, ptr %19, align 4
  %89 = load i64, ptr @g_244, align 8
  %90 = trunc i64 %89 to i16
  %91 = call signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext %90, i16 noundef signext 1)
  %92 = sext i16 %91 to i32
  %93 = icmp ult i32 %92, -1727920598
  br i1 %93, label %94, label %207

94:                                               ; preds = %66
  store i16 1, ptr %22, align 2
  store i64 2, ptr @g_131, align 8
  br label %95

95:                                               ; preds = %189, %94
  %96 = load i64, ptr @g_131, align 8
  %97 = icmp sge i64 %96, 0
  br i1 %97, label %98, label %192

98:                                               ; preds = %95
  store i8 8, ptr %23, align 1
  %99 = load ptr, ptr %13, align 4
  %100 = icmp eq ptr null, %99
  %101 = zext i1 %100 to i32
  %102 = load ptr, ptr @g_136, align 4
  %103 = load ptr, ptr %102, align 4
  %104 = load i32, ptr %103, align 4
  %105 = xor i32 %104, %101
  store i32 %105, ptr %103, align 4
  %106 = load i32, ptr %20, align 4
  %107 = load ptr, ptr @g_1368, align 4
  %108 = load i8, ptr %107, align 1
  %109 = load i16, ptr %11, align 2
  %110 = sext i16 %109 to i32
  %111 = load ptr, ptr %6, align 4
  %112 = icmp ne ptr null, %111
  %113 = zext i1 %112 to i32
  %114 = load ptr, ptr @g_1973, align 4
  %115 = load ptr, ptr %114, align 4
  %116 = load ptr, ptr %115, align 4
  %117 = load i8, ptr %116, align 1
  %118 = zext i8 %117 to i32
  %119 = icmp sgt i32 %113, %118
  %120 = zext i1 %119 to i32
  %121 = load i32, ptr %20, align 4
  %122 = icmp sgt i32 %120, %121
  %123 = zext i1 %122 to i32
  %124 = icmp sge i32 %110, %123
  %125 = zext i1 %124 to i32
  %126 = load i32, ptr getelementptr (i8, ptr @g_42, i64 352), align 4
  %127 = xor i32 %126, %125
  store i32 %127, ptr getelementptr (i8, ptr @g_42, i64 352), align 4
  %128 = load i16, ptr %22, align 2
  %129 = sext i16 %128 to i32
  %130 = call i32 @safe_mod_func_int32_t_s_s(i32 noundef %127, i32 noundef %129)
  %131 = sext i32 %130 to i64
  %132 = load i64, ptr %7, align 8
  %133 = and i64 %131, %132
  %134 = trunc i64 %133 to i32
  %135 = call signext i8 @safe_lshift_func_int8_t_s_s(i8 noundef signext %108, i32 noundef %134)
  %136 = load i8, ptr %23, align 1
  %137 = call signext i8 @safe_div_func_int8_t_s_s(i8 noundef signext %135, i8 noundef signext %136)
  %138 = sext i8 %137 to i32
  %139 = load i16, ptr %22, align 2
  %140 = sext i16 %139 to i32
  %141 = call i32 @safe_div_func_int32_t_s_s(i32 noundef %138, i32 noundef %140)
  %142 = load i32, ptr %19, align 4
  %143 = xor i32 %141, %142
  %144 = icmp ne i32 %143, 0
  %145 = xor i1 %144, true
  %146 = zext i1 %145 to i32
  %147 = trunc i32 %146 to i16
  %148 = load i32, ptr getelementptr inbounds ([8 x i32], ptr getelementptr inbounds ([4 x [1 x [8 x i32]]], ptr @g_35, i32 0, i32 2), i32 0, i32 2), align 4
  %149 = call signext i16 @safe_lshift_func_int16_t_s_s(i16 noundef signext %147, i32 noundef %148)
  %150 = sext i16 %149 to i32
  %151 = icmp eq i32 %106, %150
  %152 = zext i1 %151 to i32
  %153 = load ptr, ptr @g_860, align 4
  %154 = load i32, ptr %153, align 4
  %155 = call i32 @safe_add_func_int32_t_s_s(i32 noundef %152, i32 noundef %154)
  %156 = icmp sgt i32 %105, %155
  %157 = zext i1 %156 to i32
  %158 = load volatile ptr, ptr @g_1811, align 4
  %159 = load ptr, ptr %158, align 4
  %160 = load ptr, ptr %159, align 4
  %161 = load ptr, ptr %160, align 4
  %162 = load ptr, ptr %161, align 4
  %163 = load i32, ptr %162, align 4
  %164 = icmp slt i32 %157, %163
  %165 = zext i1 %164 to i32
  %166 = load ptr, ptr @g_860, align 4
  store i32 %165, ptr %166, align 4
  %167 = icmp ne i32 0, %165
  %168 = zext i1 %167 to i32
  %169 = load i8, ptr @g_133, align 1
  %170 = sext i8 %169 to i32
  %171 = getelementptr inbounds [3 x i16], ptr @g_199, i32 0, i32 %170
  %172 = load i16, ptr %171, align 2
  %173 = zext i16 %172 to i32
  %174 = icmp sge i32 %168, %173
  %175 = zext i1 %174 to i32
  %176 = icmp eq i32 %175, 248
  %177 = zext i1 %176 to i32
  %178 = trunc i32 %177 to i8
  %179 = load i8, ptr %23, align 1
  %180 = sext i8 %179 to i32
  %181 = call zeroext i8 @safe_lshift_func_uint8_t_u_u(i8 noundef zeroext %178, i32 noundef %180)
  %182 = zext i8 %181 to i32
  %183 = load ptr, ptr %3, align 4
  store i32 %182, ptr %183, align 4
  %184 = load ptr, ptr %3, align 4
  %185 = load i32, ptr %184, align 4
  %186 = icmp ne i32 %185, 0
  br i1 %186, label %187, label %188

187:                                              ; preds = %98
  br label %193

188:                                              ; preds = %98
  br label %189

189:                                              ; preds = %188
  %190 = load i64, ptr @g_131, align 8
  %191 = sub nsw i64 %190, 1
  store i64 %191, ptr @g_131, align 8
  br label %95, !llvm.loop !39

192:                                              ; preds = %95
  br label %193

193:                                              ; preds = %192, %187
  %194 = load i32, ptr %20, align 4
  %195 = load i16, ptr %11, align 2
  %196 = sext i16 %195 to i32
  %197 = or i32 %194, %196
  %198 = load i16, ptr %22, align 2
  %199 = sext i16 %198 to i32
  %200 = or i32 %197, %199
  %201 = load i32, ptr %14, align 4
  %202 = or i32 %201, %200
  store i32 %202, ptr %14, align 4
  %203 = load i16, ptr %15, align 2
  %204 = icmp ne i16 %203, 0
  br i1 %204, label %205, label %206

205:                                              ; preds = %193
  br label %232

206:                                              ; preds = %193
  br label %225

207:                                              ; preds = %66
  store i32 1596216270, ptr %24, align 4
  store i32 2, ptr @g_1085, align 4
  br label %208

208:                                              ; preds = %216, %207
  %209 = load i32, ptr @g_1085, align 4
  %210 = icmp sge i32 %209, 0
  br i1 %210, label %211, label %219

211:                                              ; preds = %208
  %212 = load ptr, ptr @g_136, align 4
  %213 = load ptr, ptr %212, align 4
  %214 = load i32, ptr %213, align 4
  %215 = xor i32 %214, 0
  store i32 %215, ptr %213, align 4
  br label %216

216:                                              ; preds = %211
  %217 = load i32, ptr @g_1085, align 4
  %218 = sub nsw i32 %217, 1
  store i32 %218, ptr @g_1085, align 4
  br label %208, !llvm.loop !40

219:                                              ; preds = %208
  %220 = load i16, ptr %15, align 2
  %221 = zext i16 %220 to i32
  %222 = load ptr, ptr %3, align 4
  %223 = load i32, ptr %222, align 4
  %224 = xor i32 %223, %221
  store i32 %224, ptr %222, align 4
  br label %225

225:                                              ; preds = %219, %206
  br label %226

226:                                              ; preds = %225
  %227 = load i8, ptr @g_133, align 1
  %228 = sext i8 %227 to i32
  %229 = sub nsw i32 %228, 1
  %230 = trunc i32 %229 to i8
  store i8 %230, ptr @g_133, align 1
  br label %37, !llvm.loop !41

231:                                              ; preds = %37
  br label %232

232:                                              ; preds = %231, %205
  br label %233

233:                                              ; preds = %232
  %234 = load i32, ptr @g_1195, align 4
  %235 = trunc i32 %234 to i16
  %236 = call signext i16 @safe_add_func_int16_t_s_s(i16 noundef signext %235, i16 noundef signext 9)
  %237 = sext i16 %236 to i32
  store i32 %237, ptr @g_1195, align 4
  br label %33, !llvm.loop !42

238:                                              ; preds = %33
  %239 = load ptr, ptr @g_860, align 4
  %240 = load i32, ptr %239, align 4
  ret i32 %240
}

; Function Attrs: noinline nounwind
define internal void @transparent_crc(i64 noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 4
  %6 = alloca i32, align 4
  store i64 %0, ptr %4, align 8
  store ptr %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  %7 = load i64, ptr %4, align 8
  call void @crc32_8bytes(i64 noundef %7)
  %8 = load i32, ptr %6, align 4
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %10, label %15

10:                                               ; preds = %3
  %11 = load ptr, ptr %5, align 4
  %12 = load i32, ptr @crc32_context, align 4
  %13 = xor i32 %12, -1
  %14 = call i32 (ptr, ...) @printf(ptr noundef @.str.50, ptr noundef %11, i32 noundef %13)
  br label %15

15:                                               ; preds = %10, %3
  ret void
}

declare dso_local i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind
define internal void @platform_main_end(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = call i32 (ptr, ...) @printf(ptr noundef @.str.51, i32 noundef %5)
  ret void
}

; Function Attrs: noinline nounwind
define internal i32 @safe_sub_func_int32_t_s_s(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = xor i32 %5, %6
  %8 = load i32, ptr %3, align 4
  %9 = load i32, ptr %3, align 4
  %10 = load i32, ptr %4, align 4
  %11 = xor i32 %9, %10
  %12 = and i32 %11, -2147483648
  %13 = xor i32 %8, %12
  %14 = load i32, ptr %4, align 4
  %15 = sub nsw i32 %13, %14
  %16 = load i32, ptr %4, align 4
  %17 = xor i32 %15, %16
  %18 = and i32 %7, %17
  %19 = icmp slt i32 %18, 0
  br i1 %19, label %20, label %22

20:                                               ; preds = %2
  %21 = load i32, ptr %3, align 4
  br label %26

22:                                               ; preds = %2
  %23 = load i32, ptr %3, align 4
  %24 = load i32, ptr %4, align 4
  %25 = sub nsw i32 %23, %24
  br label %26

26:                                               ; preds = %22, %20
  %27 = phi i32 [ %21, %20 ], [ %25, %22 ]
  ret i32 %27
}

; Function Attrs: noinline nounwind
define internal signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext %0, i16 noundef signext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %3, align 2
  %6 = sext i16 %5 to i32
  %7 = load i16, ptr %4, align 2
  %8 = sext i16 %7 to i32
  %9 = sub nsw i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: noinline nounwind
define internal zeroext i8 @safe_sub_func_uint8_t_u_u(i8 noundef zeroext %0, i8 noundef zeroext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %3, align 1
  %6 = zext i8 %5 to i32
  %7 = load i8, ptr %4, align 1
  %8 = zext i8 %7 to i32
  %9 = sub nsw i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

; Function Attrs: noinline nounwind
define internal zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext %0, i16 noundef zeroext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %3, align 2
  %6 = zext i16 %5 to i32
  %7 = load i16, ptr %4, align 2
  %8 = zext i16 %7 to i32
  %9 = mul i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: noinline nounwind
define internal zeroext i8 @safe_lshift_func_uint8_t_u_u(i8 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp uge i32 %5, 32
  br i1 %6, label %13, label %7

7:                                                ; preds = %2
  %8 = load i8, ptr %3, align 1
  %9 = zext i8 %8 to i32
  %10 = load i32, ptr %4, align 4
  %11 = ashr i32 255, %10
  %12 = icmp sgt i32 %9, %11
  br i1 %12, label %13, label %16

13:                                               ; preds = %7, %2
  %14 = load i8, ptr %3, align 1
  %15 = zext i8 %14 to i32
  br label %21

16:                                               ; preds = %7
  %17 = load i8, ptr %3, align 1
  %18 = zext i8 %17 to i32
  %19 = load i32, ptr %4, align 4
  %20 = shl i32 %18, %19
  br label %21

21:                                               ; preds = %16, %13
  %22 = phi i32 [ %15, %13 ], [ %20, %16 ]
  %23 = trunc i32 %22 to i8
  ret i8 %23
}

; Function Attrs: noinline nounwind
define internal i32 @safe_add_func_int32_t_s_s(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = icmp sgt i32 %5, 0
  br i1 %6, label %7, label %15

7:                                                ; preds = %2
  %8 = load i32, ptr %4, align 4
  %9 = icmp sgt i32 %8, 0
  br i1 %9, label %10, label %15

10:                                               ; preds = %7
  %11 = load i32, ptr %3, align 4
  %12 = load i32, ptr %4, align 4
  %13 = sub nsw i32 2147483647, %12
  %14 = icmp sgt i32 %11, %13
  br i1 %14, label %26, label %15

15:                                               ; preds = %10, %7, %2
  %16 = load i32, ptr %3, align 4
  %17 = icmp slt i32 %16, 0
  br i1 %17, label %18, label %28

18:                                               ; preds = %15
  %19 = load i32, ptr %4, align 4
  %20 = icmp slt i32 %19, 0
  br i1 %20, label %21, label %28

21:                                               ; preds = %18
  %22 = load i32, ptr %3, align 4
  %23 = load i32, ptr %4, align 4
  %24 = sub nsw i32 -2147483648, %23
  %25 = icmp slt i32 %22, %24
  br i1 %25, label %26, label %28

26:                                               ; preds = %21, %10
  %27 = load i32, ptr %3, align 4
  br label %32

28:                                               ; preds = %21, %18, %15
  %29 = load i32, ptr %3, align 4
  %30 = load i32, ptr %4, align 4
  %31 = add nsw i32 %29, %30
  br label %32

32:                                               ; preds = %28, %26
  %33 = phi i32 [ %27, %26 ], [ %31, %28 ]
  ret i32 %33
}

; Function Attrs: noinline nounwind
define internal signext i16 @safe_lshift_func_int16_t_s_s(i16 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2
  store i32 %1, ptr %4, align 4
  %5 = load i16, ptr %3, align 2
  %6 = sext i16 %5 to i32
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %20, label %8

8:                                                ; preds = %2
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %9, 0
  br i1 %10, label %20, label %11

11:                                               ; preds = %8
  %12 = load i32, ptr %4, align 4
  %13 = icmp sge i32 %12, 32
  br i1 %13, label %20, label %14

14:                                               ; preds = %11
  %15 = load i16, ptr %3, align 2
  %16 = sext i16 %15 to i32
  %17 = load i32, ptr %4, align 4
  %18 = ashr i32 32767, %17
  %19 = icmp sgt i32 %16, %18
  br i1 %19, label %20, label %23

20:                                               ; preds = %14, %11, %8, %2
  %21 = load i16, ptr %3, align 2
  %22 = sext i16 %21 to i32
  br label %28

23:                                               ; preds = %14
  %24 = load i16, ptr %3, align 2
  %25 = sext i16 %24 to i32
  %26 = load i32, ptr %4, align 4
  %27 = shl i32 %25, %26
  br label %28

28:                                               ; preds = %23, %20
  %29 = phi i32 [ %22, %20 ], [ %27, %23 ]
  %30 = trunc i32 %29 to i16
  ret i16 %30
}

; Function Attrs: noinline nounwind
define internal i32 @safe_div_func_int32_t_s_s(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp eq i32 %5, 0
  br i1 %6, label %13, label %7

7:                                                ; preds = %2
  %8 = load i32, ptr %3, align 4
  %9 = icmp eq i32 %8, -2147483648
  br i1 %9, label %10, label %15

10:                                               ; preds = %7
  %11 = load i32, ptr %4, align 4
  %12 = icmp eq i32 %11, -1
  br i1 %12, label %13, label %15

13:                                               ; preds = %10, %2
  %14 = load i32, ptr %3, align 4
  br label %19

15:                                               ; preds = %10, %7
  %16 = load i32, ptr %3, align 4
  %17 = load i32, ptr %4, align 4
  %18 = sdiv i32 %16, %17
  br label %19

19:                                               ; preds = %15, %13
  %20 = phi i32 [ %14, %13 ], [ %18, %15 ]
  ret i32 %20
}

; Function Attrs: noinline nounwind
define internal signext i8 @safe_div_func_int8_t_s_s(i8 noundef signext %0, i8 noundef signext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %4, align 1
  %6 = sext i8 %5 to i32
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %16, label %8

8:                                                ; preds = %2
  %9 = load i8, ptr %3, align 1
  %10 = sext i8 %9 to i32
  %11 = icmp eq i32 %10, -128
  br i1 %11, label %12, label %19

12:                                               ; preds = %8
  %13 = load i8, ptr %4, align 1
  %14 = sext i8 %13 to i32
  %15 = icmp eq i32 %14, -1
  br i1 %15, label %16, label %19

16:                                               ; preds = %12, %2
  %17 = load i8, ptr %3, align 1
  %18 = sext i8 %17 to i32
  br label %25

19:                                               ; preds = %12, %8
  %20 = load i8, ptr %3, align 1
  %21 = sext i8 %20 to i32
  %22 = load i8, ptr %4, align 1
  %23 = sext i8 %22 to i32
  %24 = sdiv i32 %21, %23
  br label %25

25:                                               ; preds = %19, %16
  %26 = phi i32 [ %18, %16 ], [ %24, %19 ]
  %27 = trunc i32 %26 to i8
  ret i8 %27
}

; Function Attrs: noinline nounwind
define internal signext i8 @safe_lshift_func_int8_t_s_s(i8 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1
  store i32 %1, ptr %4, align 4
  %5 = load i8, ptr %3, align 1
  %6 = sext i8 %5 to i32
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %20, label %8

8:                                                ; preds = %2
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %9, 0
  br i1 %10, label %20, label %11

11:                                               ; preds = %8
  %12 = load i32, ptr %4, align 4
  %13 = icmp sge i32 %12, 32
  br i1 %13, label %20, label %14

14:                                               ; preds = %11
  %15 = load i8, ptr %3, align 1
  %16 = sext i8 %15 to i32
  %17 = load i32, ptr %4, align 4
  %18 = ashr i32 127, %17
  %19 = icmp sgt i32 %16, %18
  br i1 %19, label %20, label %23

20:                                               ; preds = %14, %11, %8, %2
  %21 = load i8, ptr %3, align 1
  %22 = sext i8 %21 to i32
  br label %28

23:                                               ; preds = %14
  %24 = load i8, ptr %3, align 1
  %25 = sext i8 %24 to i32
  %26 = load i32, ptr %4, align 4
  %27 = shl i32 %25, %26
  br label %28

28:                                               ; preds = %23, %20
  %29 = phi i32 [ %22, %20 ], [ %27, %23 ]
  %30 = trunc i32 %29 to i8
  ret i8 %30
}

; Function Attrs: noinline nounwind
define internal i32 @safe_mod_func_int32_t_s_s(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp eq i32 %5, 0
  br i1 %6, label %13, label %7

7:                                                ; preds = %2
  %8 = load i32, ptr %3, align 4
  %9 = icmp eq i32 %8, -2147483648
  br i1 %9, label %10, label %15

10:                                               ; preds = %7
  %11 = load i32, ptr %4, align 4
  %12 = icmp eq i32 %11, -1
  br i1 %12, label %13, label %15

13:                                               ; preds = %10, %2
  %14 = load i32, ptr %3, align 4
  br label %19

15:                                               ; preds = %10, %7
  %16 = load i32, ptr %3, align 4
  %17 = load i32, ptr %4, align 4
  %18 = srem i32 %16, %17
  br label %19

19:                                               ; preds = %15, %13
  %20 = phi i32 [ %14, %13 ], [ %18, %15 ]
  ret i32 %20
}

; Function Attrs: noinline nounwind
define internal signext i16 @safe_add_func_int16_t_s_s(i16 noundef signext %0, i16 noundef signext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %3, align 2
  %6 = sext i16 %5 to i32
  %7 = load i16, ptr %4, align 2
  %8 = sext i16 %7 to i32
  %9 = add nsw i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: noinline nounwind
define internal void @crc32_8bytes(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = lshr i64 %3, 0
  %5 = and i64 %4, 255
  %6 = trunc i64 %5 to i8
  call void @crc32_byte(i8 noundef zeroext %6)
  %7 = load i64, ptr %2, align 8
  %8 = lshr i64 %7, 8
  %9 = and i64 %8, 255
  %10 = trunc i64 %9 to i8
  call void @crc32_byte(i8 noundef zeroext %10)
  %11 = load i64, ptr %2, align 8
  %12 = lshr i64 %11, 16
  %13 = and i64 %12, 255
  %14 = trunc i64 %13 to i8
  call void @crc32_byte(i8 noundef zeroext %14)
  %15 = load i64, ptr %2, align 8
  %16 = lshr i64 %15, 24
  %17 = and i64 %16, 255
  %18 = trunc i64 %17 to i8
  call void @crc32_byte(i8 noundef zeroext %18)
  %19 = load i64, ptr %2, align 8
  %20 = lshr i64 %19, 32
  %21 = and i64 %20, 255
  %22 = trunc i64 %21 to i8
  call void @crc32_byte(i8 noundef zeroext %22)
  %23 = load i64, ptr %2, align 8
  %24 = lshr i64 %23, 40
  %25 = and i64 %24, 255
  %26 = trunc i64 %25 to i8
  call void @crc32_byte(i8 noundef zeroext %26)
  %27 = load i64, ptr %2, align 8
  %28 = lshr i64 %27, 48
  %29 = and i64 %28, 255
  %30 = trunc i64 %29 to i8
  call void @crc32_byte(i8 noundef zeroext %30)
  %31 = load i64, ptr %2, align 8
  %32 = lshr i64 %31, 56
  %33 = and i64 %32, 255
  %34 = trunc i64 %33 to i8
  call void @crc32_byte(i8 noundef zeroext %34)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @crc32_byte(i8 noundef zeroext %0) #0 {
  %2 = alloca i8, align 1
  store i8 %0, ptr %2, align 1
  %3 = load i32, ptr @crc32_context, align 4
  %4 = lshr i32 %3, 8
  %5 = and i32 %4, 16777215
  %6 = load i32, ptr @crc32_context, align 4
  %7 = load i8, ptr %2, align 1
  %8 = zext i8 %7 to i32
  %9 = xor i32 %6, %8
  %10 = and i32 %9, 255
  %11 = getelementptr inbounds [256 x i32], ptr @crc32_tab, i32 0, i32 %10
  %12 = load i32, ptr %11, align 4
  %13 = xor i32 %5, %12
  store i32 %13, ptr @crc32_context, align 4
  ret void
}

attributes #0 = { noinline nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic-rv32" "target-features"="+32bit,+a,+c,+m,+relax,+zmmul,-b,-d,-e,-experimental-smmpm,-experimental-smnpm,-experimental-ssnpm,-experimental-sspm,-experimental-ssqosid,-experimental-supm,-experimental-zacas,-experimental-zalasr,-experimental-zicfilp,-experimental-zicfiss,-f,-h,-shcounterenw,-shgatpa,-shtvala,-shvsatpa,-shvstvala,-shvstvecd,-smaia,-smcdeleg,-smcsrind,-smepmp,-smstateen,-ssaia,-ssccfg,-ssccptr,-sscofpmf,-sscounterenw,-sscsrind,-ssstateen,-ssstrict,-sstc,-sstvala,-sstvecd,-ssu64xl,-svade,-svadu,-svbare,-svinval,-svnapot,-svpbmt,-v,-xcvalu,-xcvbi,-xcvbitmanip,-xcvelw,-xcvmac,-xcvmem,-xcvsimd,-xsfcease,-xsfvcp,-xsfvfnrclipxfqf,-xsfvfwmaccqqq,-xsfvqmaccdod,-xsfvqmaccqoq,-xsifivecdiscarddlone,-xsifivecflushdlone,-xtheadba,-xtheadbb,-xtheadbs,-xtheadcmo,-xtheadcondmov,-xtheadfmemidx,-xtheadmac,-xtheadmemidx,-xtheadmempair,-xtheadsync,-xtheadvdot,-xventanacondops,-xwchc,-za128rs,-za64rs,-zaamo,-zabha,-zalrsc,-zama16b,-zawrs,-zba,-zbb,-zbc,-zbkb,-zbkc,-zbkx,-zbs,-zca,-zcb,-zcd,-zce,-zcf,-zcmop,-zcmp,-zcmt,-zdinx,-zfa,-zfbfmin,-zfh,-zfhmin,-zfinx,-zhinx,-zhinxmin,-zic64b,-zicbom,-zicbop,-zicboz,-ziccamoa,-ziccif,-zicclsm,-ziccrse,-zicntr,-zicond,-zicsr,-zifencei,-zihintntl,-zihintpause,-zihpm,-zimop,-zk,-zkn,-zknd,-zkne,-zknh,-zkr,-zks,-zksed,-zksh,-zkt,-ztso,-zvbb,-zvbc,-zve32f,-zve32x,-zve64d,-zve64f,-zve64x,-zvfbfmin,-zvfbfwma,-zvfh,-zvfhmin,-zvkb,-zvkg,-zvkn,-zvknc,-zvkned,-zvkng,-zvknha,-zvknhb,-zvks,-zvksc,-zvksed,-zvksg,-zvksh,-zvkt,-zvl1024b,-zvl128b,-zvl16384b,-zvl2048b,-zvl256b,-zvl32768b,-zvl32b,-zvl4096b,-zvl512b,-zvl64b,-zvl65536b,-zvl8192b" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic-rv32" "target-features"="+32bit,+a,+c,+m,+relax,+zmmul,-b,-d,-e,-experimental-smmpm,-experimental-smnpm,-experimental-ssnpm,-experimental-sspm,-experimental-ssqosid,-experimental-supm,-experimental-zacas,-experimental-zalasr,-experimental-zicfilp,-experimental-zicfiss,-f,-h,-shcounterenw,-shgatpa,-shtvala,-shvsatpa,-shvstvala,-shvstvecd,-smaia,-smcdeleg,-smcsrind,-smepmp,-smstateen,-ssaia,-ssccfg,-ssccptr,-sscofpmf,-sscounterenw,-sscsrind,-ssstateen,-ssstrict,-sstc,-sstvala,-sstvecd,-ssu64xl,-svade,-svadu,-svbare,-svinval,-svnapot,-svpbmt,-v,-xcvalu,-xcvbi,-xcvbitmanip,-xcvelw,-xcvmac,-xcvmem,-xcvsimd,-xsfcease,-xsfvcp,-xsfvfnrclipxfqf,-xsfvfwmaccqqq,-xsfvqmaccdod,-xsfvqmaccqoq,-xsifivecdiscarddlone,-xsifivecflushdlone,-xtheadba,-xtheadbb,-xtheadbs,-xtheadcmo,-xtheadcondmov,-xtheadfmemidx,-xtheadmac,-xtheadmemidx,-xtheadmempair,-xtheadsync,-xtheadvdot,-xventanacondops,-xwchc,-za128rs,-za64rs,-zaamo,-zabha,-zalrsc,-zama16b,-zawrs,-zba,-zbb,-zbc,-zbkb,-zbkc,-zbkx,-zbs,-zca,-zcb,-zcd,-zce,-zcf,-zcmop,-zcmp,-zcmt,-zdinx,-zfa,-zfbfmin,-zfh,-zfhmin,-zfinx,-zhinx,-zhinxmin,-zic64b,-zicbom,-zicbop,-zicboz,-ziccamoa,-ziccif,-zicclsm,-ziccrse,-zicntr,-zicond,-zicsr,-zifencei,-zihintntl,-zihintpause,-zihpm,-zimop,-zk,-zkn,-zknd,-zkne,-zknh,-zkr,-zks,-zksed,-zksh,-zkt,-ztso,-zvbb,-zvbc,-zve32f,-zve32x,-zve64d,-zve64f,-zve64x,-zvfbfmin,-zvfbfwma,-zvfh,-zvfhmin,-zvkb,-zvkg,-zvkn,-zvknc,-zvkned,-zvkng,-zvknha,-zvknhb,-zvks,-zvksc,-zvksed,-zvksg,-zvksh,-zvkt,-zvl1024b,-zvl128b,-zvl16384b,-zvl2048b,-zvl256b,-zvl32768b,-zvl32b,-zvl4096b,-zvl512b,-zvl64b,-zvl65536b,-zvl8192b" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic-rv32" "target-features"="+32bit,+a,+c,+m,+relax,+zmmul,-b,-d,-e,-experimental-smmpm,-experimental-smnpm,-experimental-ssnpm,-experimental-sspm,-experimental-ssqosid,-experimental-supm,-experimental-zacas,-experimental-zalasr,-experimental-zicfilp,-experimental-zicfiss,-f,-h,-shcounterenw,-shgatpa,-shtvala,-shvsatpa,-shvstvala,-shvstvecd,-smaia,-smcdeleg,-smcsrind,-smepmp,-smstateen,-ssaia,-ssccfg,-ssccptr,-sscofpmf,-sscounterenw,-sscsrind,-ssstateen,-ssstrict,-sstc,-sstvala,-sstvecd,-ssu64xl,-svade,-svadu,-svbare,-svinval,-svnapot,-svpbmt,-v,-xcvalu,-xcvbi,-xcvbitmanip,-xcvelw,-xcvmac,-xcvmem,-xcvsimd,-xsfcease,-xsfvcp,-xsfvfnrclipxfqf,-xsfvfwmaccqqq,-xsfvqmaccdod,-xsfvqmaccqoq,-xsifivecdiscarddlone,-xsifivecflushdlone,-xtheadba,-xtheadbb,-xtheadbs,-xtheadcmo,-xtheadcondmov,-xtheadfmemidx,-xtheadmac,-xtheadmemidx,-xtheadmempair,-xtheadsync,-xtheadvdot,-xventanacondops,-xwchc,-za128rs,-za64rs,-zaamo,-zabha,-zalrsc,-zama16b,-zawrs,-zba,-zbb,-zbc,-zbkb,-zbkc,-zbkx,-zbs,-zca,-zcb,-zcd,-zce,-zcf,-zcmop,-zcmp,-zcmt,-zdinx,-zfa,-zfbfmin,-zfh,-zfhmin,-zfinx,-zhinx,-zhinxmin,-zic64b,-zicbom,-zicbop,-zicboz,-ziccamoa,-ziccif,-zicclsm,-ziccrse,-zicntr,-zicond,-zicsr,-zifencei,-zihintntl,-zihintpause,-zihpm,-zimop,-zk,-zkn,-zknd,-zkne,-zknh,-zkr,-zks,-zksed,-zksh,-zkt,-ztso,-zvbb,-zvbc,-zve32f,-zve32x,-zve64d,-zve64f,-zve64x,-zvfbfmin,-zvfbfwma,-zvfh,-zvfhmin,-zvkb,-zvkg,-zvkn,-zvknc,-zvkned,-zvkng,-zvknha,-zvknhb,-zvks,-zvksc,-zvksed,-zvksg,-zvksh,-zvkt,-zvl1024b,-zvl128b,-zvl16384b,-zvl2048b,-zvl256b,-zvl32768b,-zvl32b,-zvl4096b,-zvl512b,-zvl64b,-zvl65536b,-zvl8192b" }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !4, !5}
!llvm.ident = !{!6}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"target-abi", !"ilp32"}
!2 = !{i32 6, !"riscv-isa", !3}
!3 = !{!"rv32i2p1_m2p0_a2p1_c2p0_zmmul1p0"}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{i32 8, !"SmallDataLimit", i32 8}
!6 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!7 = distinct !{!7, !8}
!8 = !{!"llvm.loop.mustprogress"}
!9 = distinct !{!9, !8}
!10 = distinct !{!10, !8}
!11 = distinct !{!11, !8}
!12 = distinct !{!12, !8}
!13 = distinct !{!13, !8}
!14 = distinct !{!14, !8}
!15 = distinct !{!15, !8}
!16 = distinct !{!16, !8}
!17 = distinct !{!17, !8}
!18 = distinct !{!18, !8}
!19 = distinct !{!19, !8}
!20 = distinct !{!20, !8}
!21 = distinct !{!21, !8}
!22 = distinct !{!22, !8}
!23 = distinct !{!23, !8}
!24 = distinct !{!24, !8}
!25 = distinct !{!25, !8}
!26 = distinct !{!26, !8}
!27 = distinct !{!27, !8}
!28 = distinct !{!28, !8}
!29 = distinct !{!29, !8}
!30 = distinct !{!30, !8}
!31 = distinct !{!31, !8}
!32 = distinct !{!32, !8}
!33 = distinct !{!33, !8}
!34 = distinct !{!34, !8}
!35 = distinct !{!35, !8}
!36 = distinct !{!36, !8}
!37 = distinct !{!37, !8}
!38 = distinct !{!38, !8}
!39 = distinct !{!39, !8}
!40 = distinct !{!40, !8}
!41 = distinct !{!41, !8}
!42 = distinct !{!42, !8}
