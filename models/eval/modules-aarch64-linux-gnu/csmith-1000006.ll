; ModuleID = 'cs1000006.c'
source_filename = "cs1000006.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

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
@g_828 = internal global [1 x ptr] [ptr @g_201], align 8
@g_126 = internal global [9 x [7 x [4 x ptr]]] [[7 x [4 x ptr]] [[4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr null, ptr null, ptr @g_127], [4 x ptr] [ptr @g_127, ptr null, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr null, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127]], [7 x [4 x ptr]] [[4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr null, ptr @g_127, ptr @g_127], [4 x ptr] [ptr null, ptr null, ptr @g_127, ptr @g_127], [4 x ptr] [ptr null, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127]], [7 x [4 x ptr]] [[4 x ptr] [ptr @g_127, ptr @g_127, ptr null, ptr @g_127], [4 x ptr] [ptr @g_127, ptr null, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr null, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr null, ptr @g_127], [4 x ptr] [ptr @g_127, ptr null, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127]], [7 x [4 x ptr]] [[4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr null], [4 x ptr] [ptr null, ptr @g_127, ptr @g_127, ptr null], [4 x ptr] [ptr null, ptr @g_127, ptr @g_127, ptr null], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr null], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr null, ptr @g_127, ptr @g_127, ptr @g_127]], [7 x [4 x ptr]] [[4 x ptr] [ptr @g_127, ptr null, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr null, ptr null, ptr null], [4 x ptr] [ptr @g_127, ptr @g_127, ptr null, ptr @g_127], [4 x ptr] [ptr @g_127, ptr null, ptr @g_127, ptr null], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127]], [7 x [4 x ptr]] [[4 x ptr] zeroinitializer, [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr null, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr null], [4 x ptr] [ptr @g_127, ptr null, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127]], [7 x [4 x ptr]] [[4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr null], [4 x ptr] [ptr @g_127, ptr null, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr null], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr null, ptr @g_127, ptr null], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127]], [7 x [4 x ptr]] [[4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr null, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr null, ptr @g_127], [4 x ptr] [ptr null, ptr @g_127, ptr @g_127, ptr @g_127]], [7 x [4 x ptr]] [[4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr null], [4 x ptr] [ptr @g_127, ptr null, ptr null, ptr @g_127], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr null], [4 x ptr] [ptr @g_127, ptr @g_127, ptr null, ptr @g_127], [4 x ptr] [ptr @g_127, ptr null, ptr @g_127, ptr null], [4 x ptr] [ptr @g_127, ptr @g_127, ptr @g_127, ptr @g_127]]], align 8
@g_1437 = internal global ptr @g_286, align 8
@g_827 = internal global ptr @g_828, align 8
@g_127 = internal global ptr @g_76, align 8
@g_136 = internal global ptr @g_28, align 8
@g_1368 = internal global ptr getelementptr (i8, ptr @g_585, i64 4), align 8
@g_1973 = internal global ptr @g_241, align 8
@g_860 = internal global ptr getelementptr (i8, ptr @g_125, i64 168), align 8
@g_1811 = internal global ptr @g_1812, align 8
@g_28 = internal global ptr @g_2, align 8
@g_241 = internal global ptr @g_151, align 8
@g_151 = internal global ptr getelementptr (i8, ptr @g_152, i64 1), align 8
@g_1812 = internal global ptr @g_1813, align 8
@g_1813 = internal global ptr @g_1814, align 8
@g_1814 = internal global ptr @g_1815, align 8
@g_1815 = internal global ptr getelementptr (i8, ptr @g_35, i64 68), align 8
@.str.50 = private unnamed_addr constant [36 x i8] c"...checksum after hashing %s : %lX\0A\00", align 1
@.str.51 = private unnamed_addr constant [15 x i8] c"checksum = %X\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4
  store ptr %1, ptr %5, align 8
  store i32 0, ptr %9, align 4
  %10 = load i32, ptr %4, align 4
  %11 = icmp eq i32 %10, 2
  br i1 %11, label %12, label %19

12:                                               ; preds = %2
  %13 = load ptr, ptr %5, align 8
  %14 = getelementptr inbounds ptr, ptr %13, i64 1
  %15 = load ptr, ptr %14, align 8
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

27:                                               ; preds = %67, %19
  %28 = load i32, ptr %6, align 4
  %29 = icmp slt i32 %28, 4
  br i1 %29, label %30, label %70

30:                                               ; preds = %27
  store i32 0, ptr %7, align 4
  br label %31

31:                                               ; preds = %63, %30
  %32 = load i32, ptr %7, align 4
  %33 = icmp slt i32 %32, 7
  br i1 %33, label %34, label %66

34:                                               ; preds = %31
  store i32 0, ptr %8, align 4
  br label %35

35:                                               ; preds = %59, %34
  %36 = load i32, ptr %8, align 4
  %37 = icmp slt i32 %36, 2
  br i1 %37, label %38, label %62

38:                                               ; preds = %35
  %39 = load i32, ptr %6, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [4 x [7 x [2 x i32]]], ptr @g_29, i64 0, i64 %40
  %42 = load i32, ptr %7, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [7 x [2 x i32]], ptr %41, i64 0, i64 %43
  %45 = load i32, ptr %8, align 4
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds [2 x i32], ptr %44, i64 0, i64 %46
  %48 = load i32, ptr %47, align 4
  %49 = sext i32 %48 to i64
  %50 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %49, ptr noundef @.str.3, i32 noundef %50)
  %51 = load i32, ptr %9, align 4
  %52 = icmp ne i32 %51, 0
  br i1 %52, label %53, label %58

53:                                               ; preds = %38
  %54 = load i32, ptr %6, align 4
  %55 = load i32, ptr %7, align 4
  %56 = load i32, ptr %8, align 4
  %57 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %54, i32 noundef %55, i32 noundef %56)
  br label %58

58:                                               ; preds = %53, %38
  br label %59

59:                                               ; preds = %58
  %60 = load i32, ptr %8, align 4
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %8, align 4
  br label %35, !llvm.loop !6

62:                                               ; preds = %35
  br label %63

63:                                               ; preds = %62
  %64 = load i32, ptr %7, align 4
  %65 = add nsw i32 %64, 1
  store i32 %65, ptr %7, align 4
  br label %31, !llvm.loop !8

66:                                               ; preds = %31
  br label %67

67:                                               ; preds = %66
  %68 = load i32, ptr %6, align 4
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %6, align 4
  br label %27, !llvm.loop !9

70:                                               ; preds = %27
  %71 = load volatile i32, ptr @g_33, align 4
  %72 = sext i32 %71 to i64
  %73 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %72, ptr noundef @.str.5, i32 noundef %73)
  %74 = load volatile i32, ptr @g_34, align 4
  %75 = sext i32 %74 to i64
  %76 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %75, ptr noundef @.str.6, i32 noundef %76)
  store i32 0, ptr %6, align 4
  br label %77

77:                                               ; preds = %117, %70
  %78 = load i32, ptr %6, align 4
  %79 = icmp slt i32 %78, 4
  br i1 %79, label %80, label %120

80:                                               ; preds = %77
  store i32 0, ptr %7, align 4
  br label %81

81:                                               ; preds = %113, %80
  %82 = load i32, ptr %7, align 4
  %83 = icmp slt i32 %82, 1
  br i1 %83, label %84, label %116

84:                                               ; preds = %81
  store i32 0, ptr %8, align 4
  br label %85

85:                                               ; preds = %109, %84
  %86 = load i32, ptr %8, align 4
  %87 = icmp slt i32 %86, 8
  br i1 %87, label %88, label %112

88:                                               ; preds = %85
  %89 = load i32, ptr %6, align 4
  %90 = sext i32 %89 to i64
  %91 = getelementptr inbounds [4 x [1 x [8 x i32]]], ptr @g_35, i64 0, i64 %90
  %92 = load i32, ptr %7, align 4
  %93 = sext i32 %92 to i64
  %94 = getelementptr inbounds [1 x [8 x i32]], ptr %91, i64 0, i64 %93
  %95 = load i32, ptr %8, align 4
  %96 = sext i32 %95 to i64
  %97 = getelementptr inbounds [8 x i32], ptr %94, i64 0, i64 %96
  %98 = load i32, ptr %97, align 4
  %99 = sext i32 %98 to i64
  %100 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %99, ptr noundef @.str.7, i32 noundef %100)
  %101 = load i32, ptr %9, align 4
  %102 = icmp ne i32 %101, 0
  br i1 %102, label %103, label %108

103:                                              ; preds = %88
  %104 = load i32, ptr %6, align 4
  %105 = load i32, ptr %7, align 4
  %106 = load i32, ptr %8, align 4
  %107 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %104, i32 noundef %105, i32 noundef %106)
  br label %108

108:                                              ; preds = %103, %88
  br label %109

109:                                              ; preds = %108
  %110 = load i32, ptr %8, align 4
  %111 = add nsw i32 %110, 1
  store i32 %111, ptr %8, align 4
  br label %85, !llvm.loop !10

112:                                              ; preds = %85
  br label %113

113:                                              ; preds = %112
  %114 = load i32, ptr %7, align 4
  %115 = add nsw i32 %114, 1
  store i32 %115, ptr %7, align 4
  br label %81, !llvm.loop !11

116:                                              ; preds = %81
  br label %117

117:                                              ; preds = %116
  %118 = load i32, ptr %6, align 4
  %119 = add nsw i32 %118, 1
  store i32 %119, ptr %6, align 4
  br label %77, !llvm.loop !12

120:                                              ; preds = %77
  %121 = load i32, ptr @g_36, align 4
  %122 = sext i32 %121 to i64
  %123 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %122, ptr noundef @.str.8, i32 noundef %123)
  %124 = load i32, ptr @g_37, align 4
  %125 = sext i32 %124 to i64
  %126 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %125, ptr noundef @.str.9, i32 noundef %126)
  %127 = load i32, ptr @g_40, align 4
  %128 = sext i32 %127 to i64
  %129 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %128, ptr noundef @.str.10, i32 noundef %129)
  store i32 0, ptr %6, align 4
  br label %130

130:                                              ; preds = %158, %120
  %131 = load i32, ptr %6, align 4
  %132 = icmp slt i32 %131, 10
  br i1 %132, label %133, label %161

133:                                              ; preds = %130
  store i32 0, ptr %7, align 4
  br label %134

134:                                              ; preds = %154, %133
  %135 = load i32, ptr %7, align 4
  %136 = icmp slt i32 %135, 9
  br i1 %136, label %137, label %157

137:                                              ; preds = %134
  %138 = load i32, ptr %6, align 4
  %139 = sext i32 %138 to i64
  %140 = getelementptr inbounds [10 x [9 x i32]], ptr @g_42, i64 0, i64 %139
  %141 = load i32, ptr %7, align 4
  %142 = sext i32 %141 to i64
  %143 = getelementptr inbounds [9 x i32], ptr %140, i64 0, i64 %142
  %144 = load i32, ptr %143, align 4
  %145 = sext i32 %144 to i64
  %146 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %145, ptr noundef @.str.11, i32 noundef %146)
  %147 = load i32, ptr %9, align 4
  %148 = icmp ne i32 %147, 0
  br i1 %148, label %149, label %153

149:                                              ; preds = %137
  %150 = load i32, ptr %6, align 4
  %151 = load i32, ptr %7, align 4
  %152 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %150, i32 noundef %151)
  br label %153

153:                                              ; preds = %149, %137
  br label %154

154:                                              ; preds = %153
  %155 = load i32, ptr %7, align 4
  %156 = add nsw i32 %155, 1
  store i32 %156, ptr %7, align 4
  br label %134, !llvm.loop !13

157:                                              ; preds = %134
  br label %158

158:                                              ; preds = %157
  %159 = load i32, ptr %6, align 4
  %160 = add nsw i32 %159, 1
  store i32 %160, ptr %6, align 4
  br label %130, !llvm.loop !14

161:                                              ; preds = %130
  %162 = load i16, ptr @g_74, align 2
  %163 = sext i16 %162 to i64
  %164 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %163, ptr noundef @.str.13, i32 noundef %164)
  %165 = load i64, ptr @g_76, align 8
  %166 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %165, ptr noundef @.str.14, i32 noundef %166)
  store i32 0, ptr %6, align 4
  br label %167

167:                                              ; preds = %207, %161
  %168 = load i32, ptr %6, align 4
  %169 = icmp slt i32 %168, 2
  br i1 %169, label %170, label %210

170:                                              ; preds = %167
  store i32 0, ptr %7, align 4
  br label %171

171:                                              ; preds = %203, %170
  %172 = load i32, ptr %7, align 4
  %173 = icmp slt i32 %172, 9
  br i1 %173, label %174, label %206

174:                                              ; preds = %171
  store i32 0, ptr %8, align 4
  br label %175

175:                                              ; preds = %199, %174
  %176 = load i32, ptr %8, align 4
  %177 = icmp slt i32 %176, 7
  br i1 %177, label %178, label %202

178:                                              ; preds = %175
  %179 = load i32, ptr %6, align 4
  %180 = sext i32 %179 to i64
  %181 = getelementptr inbounds [2 x [9 x [7 x i32]]], ptr @g_125, i64 0, i64 %180
  %182 = load i32, ptr %7, align 4
  %183 = sext i32 %182 to i64
  %184 = getelementptr inbounds [9 x [7 x i32]], ptr %181, i64 0, i64 %183
  %185 = load i32, ptr %8, align 4
  %186 = sext i32 %185 to i64
  %187 = getelementptr inbounds [7 x i32], ptr %184, i64 0, i64 %186
  %188 = load i32, ptr %187, align 4
  %189 = zext i32 %188 to i64
  %190 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %189, ptr noundef @.str.15, i32 noundef %190)
  %191 = load i32, ptr %9, align 4
  %192 = icmp ne i32 %191, 0
  br i1 %192, label %193, label %198

193:                                              ; preds = %178
  %194 = load i32, ptr %6, align 4
  %195 = load i32, ptr %7, align 4
  %196 = load i32, ptr %8, align 4
  %197 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %194, i32 noundef %195, i32 noundef %196)
  br label %198

198:                                              ; preds = %193, %178
  br label %199

199:                                              ; preds = %198
  %200 = load i32, ptr %8, align 4
  %201 = add nsw i32 %200, 1
  store i32 %201, ptr %8, align 4
  br label %175, !llvm.loop !15

202:                                              ; preds = %175
  br label %203

203:                                              ; preds = %202
  %204 = load i32, ptr %7, align 4
  %205 = add nsw i32 %204, 1
  store i32 %205, ptr %7, align 4
  br label %171, !llvm.loop !16

206:                                              ; preds = %171
  br label %207

207:                                              ; preds = %206
  %208 = load i32, ptr %6, align 4
  %209 = add nsw i32 %208, 1
  store i32 %209, ptr %6, align 4
  br label %167, !llvm.loop !17

210:                                              ; preds = %167
  %211 = load i64, ptr @g_131, align 8
  %212 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %211, ptr noundef @.str.16, i32 noundef %212)
  %213 = load i8, ptr @g_133, align 1
  %214 = sext i8 %213 to i64
  %215 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %214, ptr noundef @.str.17, i32 noundef %215)
  store i32 0, ptr %6, align 4
  br label %216

216:                                              ; preds = %232, %210
  %217 = load i32, ptr %6, align 4
  %218 = icmp slt i32 %217, 4
  br i1 %218, label %219, label %235

219:                                              ; preds = %216
  %220 = load i32, ptr %6, align 4
  %221 = sext i32 %220 to i64
  %222 = getelementptr inbounds [4 x i32], ptr @g_138, i64 0, i64 %221
  %223 = load i32, ptr %222, align 4
  %224 = sext i32 %223 to i64
  %225 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %224, ptr noundef @.str.18, i32 noundef %225)
  %226 = load i32, ptr %9, align 4
  %227 = icmp ne i32 %226, 0
  br i1 %227, label %228, label %231

228:                                              ; preds = %219
  %229 = load i32, ptr %6, align 4
  %230 = call i32 (ptr, ...) @printf(ptr noundef @.str.19, i32 noundef %229)
  br label %231

231:                                              ; preds = %228, %219
  br label %232

232:                                              ; preds = %231
  %233 = load i32, ptr %6, align 4
  %234 = add nsw i32 %233, 1
  store i32 %234, ptr %6, align 4
  br label %216, !llvm.loop !18

235:                                              ; preds = %216
  store i32 0, ptr %6, align 4
  br label %236

236:                                              ; preds = %264, %235
  %237 = load i32, ptr %6, align 4
  %238 = icmp slt i32 %237, 3
  br i1 %238, label %239, label %267

239:                                              ; preds = %236
  store i32 0, ptr %7, align 4
  br label %240

240:                                              ; preds = %260, %239
  %241 = load i32, ptr %7, align 4
  %242 = icmp slt i32 %241, 1
  br i1 %242, label %243, label %263

243:                                              ; preds = %240
  %244 = load i32, ptr %6, align 4
  %245 = sext i32 %244 to i64
  %246 = getelementptr inbounds [3 x [1 x i8]], ptr @g_152, i64 0, i64 %245
  %247 = load i32, ptr %7, align 4
  %248 = sext i32 %247 to i64
  %249 = getelementptr inbounds [1 x i8], ptr %246, i64 0, i64 %248
  %250 = load i8, ptr %249, align 1
  %251 = zext i8 %250 to i64
  %252 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %251, ptr noundef @.str.20, i32 noundef %252)
  %253 = load i32, ptr %9, align 4
  %254 = icmp ne i32 %253, 0
  br i1 %254, label %255, label %259

255:                                              ; preds = %243
  %256 = load i32, ptr %6, align 4
  %257 = load i32, ptr %7, align 4
  %258 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %256, i32 noundef %257)
  br label %259

259:                                              ; preds = %255, %243
  br label %260

260:                                              ; preds = %259
  %261 = load i32, ptr %7, align 4
  %262 = add nsw i32 %261, 1
  store i32 %262, ptr %7, align 4
  br label %240, !llvm.loop !19

263:                                              ; preds = %240
  br label %264

264:                                              ; preds = %263
  %265 = load i32, ptr %6, align 4
  %266 = add nsw i32 %265, 1
  store i32 %266, ptr %6, align 4
  br label %236, !llvm.loop !20

267:                                              ; preds = %236
  %268 = load i32, ptr @g_156, align 4
  %269 = zext i32 %268 to i64
  %270 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %269, ptr noundef @.str.21, i32 noundef %270)
  %271 = load i32, ptr @g_160, align 4
  %272 = sext i32 %271 to i64
  %273 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %272, ptr noundef @.str.22, i32 noundef %273)
  store i32 0, ptr %6, align 4
  br label %274

274:                                              ; preds = %290, %267
  %275 = load i32, ptr %6, align 4
  %276 = icmp slt i32 %275, 3
  br i1 %276, label %277, label %293

277:                                              ; preds = %274
  %278 = load i32, ptr %6, align 4
  %279 = sext i32 %278 to i64
  %280 = getelementptr inbounds [3 x i16], ptr @g_199, i64 0, i64 %279
  %281 = load i16, ptr %280, align 2
  %282 = zext i16 %281 to i64
  %283 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %282, ptr noundef @.str.23, i32 noundef %283)
  %284 = load i32, ptr %9, align 4
  %285 = icmp ne i32 %284, 0
  br i1 %285, label %286, label %289

286:                                              ; preds = %277
  %287 = load i32, ptr %6, align 4
  %288 = call i32 (ptr, ...) @printf(ptr noundef @.str.19, i32 noundef %287)
  br label %289

289:                                              ; preds = %286, %277
  br label %290

290:                                              ; preds = %289
  %291 = load i32, ptr %6, align 4
  %292 = add nsw i32 %291, 1
  store i32 %292, ptr %6, align 4
  br label %274, !llvm.loop !21

293:                                              ; preds = %274
  %294 = load i64, ptr @g_201, align 8
  %295 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %294, ptr noundef @.str.24, i32 noundef %295)
  %296 = load i64, ptr @g_221, align 8
  %297 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %296, ptr noundef @.str.25, i32 noundef %297)
  %298 = load i64, ptr @g_244, align 8
  %299 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %298, ptr noundef @.str.26, i32 noundef %299)
  %300 = load i32, ptr @g_286, align 4
  %301 = zext i32 %300 to i64
  %302 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %301, ptr noundef @.str.27, i32 noundef %302)
  %303 = load i64, ptr @g_374, align 8
  %304 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %303, ptr noundef @.str.28, i32 noundef %304)
  %305 = load i8, ptr @g_375, align 1
  %306 = sext i8 %305 to i64
  %307 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %306, ptr noundef @.str.29, i32 noundef %307)
  store i32 0, ptr %6, align 4
  br label %308

308:                                              ; preds = %335, %293
  %309 = load i32, ptr %6, align 4
  %310 = icmp slt i32 %309, 7
  br i1 %310, label %311, label %338

311:                                              ; preds = %308
  store i32 0, ptr %7, align 4
  br label %312

312:                                              ; preds = %331, %311
  %313 = load i32, ptr %7, align 4
  %314 = icmp slt i32 %313, 5
  br i1 %314, label %315, label %334

315:                                              ; preds = %312
  %316 = load i32, ptr %6, align 4
  %317 = sext i32 %316 to i64
  %318 = getelementptr inbounds [7 x [5 x i64]], ptr @g_495, i64 0, i64 %317
  %319 = load i32, ptr %7, align 4
  %320 = sext i32 %319 to i64
  %321 = getelementptr inbounds [5 x i64], ptr %318, i64 0, i64 %320
  %322 = load i64, ptr %321, align 8
  %323 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %322, ptr noundef @.str.30, i32 noundef %323)
  %324 = load i32, ptr %9, align 4
  %325 = icmp ne i32 %324, 0
  br i1 %325, label %326, label %330

326:                                              ; preds = %315
  %327 = load i32, ptr %6, align 4
  %328 = load i32, ptr %7, align 4
  %329 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %327, i32 noundef %328)
  br label %330

330:                                              ; preds = %326, %315
  br label %331

331:                                              ; preds = %330
  %332 = load i32, ptr %7, align 4
  %333 = add nsw i32 %332, 1
  store i32 %333, ptr %7, align 4
  br label %312, !llvm.loop !22

334:                                              ; preds = %312
  br label %335

335:                                              ; preds = %334
  %336 = load i32, ptr %6, align 4
  %337 = add nsw i32 %336, 1
  store i32 %337, ptr %6, align 4
  br label %308, !llvm.loop !23

338:                                              ; preds = %308
  store i32 0, ptr %6, align 4
  br label %339

339:                                              ; preds = %355, %338
  %340 = load i32, ptr %6, align 4
  %341 = icmp slt i32 %340, 9
  br i1 %341, label %342, label %358

342:                                              ; preds = %339
  %343 = load i32, ptr %6, align 4
  %344 = sext i32 %343 to i64
  %345 = getelementptr inbounds [9 x i8], ptr @g_585, i64 0, i64 %344
  %346 = load i8, ptr %345, align 1
  %347 = sext i8 %346 to i64
  %348 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %347, ptr noundef @.str.31, i32 noundef %348)
  %349 = load i32, ptr %9, align 4
  %350 = icmp ne i32 %349, 0
  br i1 %350, label %351, label %354

351:                                              ; preds = %342
  %352 = load i32, ptr %6, align 4
  %353 = call i32 (ptr, ...) @printf(ptr noundef @.str.19, i32 noundef %352)
  br label %354

354:                                              ; preds = %351, %342
  br label %355

355:                                              ; preds = %354
  %356 = load i32, ptr %6, align 4
  %357 = add nsw i32 %356, 1
  store i32 %357, ptr %6, align 4
  br label %339, !llvm.loop !24

358:                                              ; preds = %339
  %359 = load i32, ptr @g_679, align 4
  %360 = sext i32 %359 to i64
  %361 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %360, ptr noundef @.str.32, i32 noundef %361)
  %362 = load i16, ptr @g_682, align 2
  %363 = sext i16 %362 to i64
  %364 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %363, ptr noundef @.str.33, i32 noundef %364)
  %365 = load i16, ptr @g_850, align 2
  %366 = zext i16 %365 to i64
  %367 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %366, ptr noundef @.str.34, i32 noundef %367)
  %368 = load i16, ptr @g_890, align 2
  %369 = sext i16 %368 to i64
  %370 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %369, ptr noundef @.str.35, i32 noundef %370)
  store i32 0, ptr %6, align 4
  br label %371

371:                                              ; preds = %411, %358
  %372 = load i32, ptr %6, align 4
  %373 = icmp slt i32 %372, 5
  br i1 %373, label %374, label %414

374:                                              ; preds = %371
  store i32 0, ptr %7, align 4
  br label %375

375:                                              ; preds = %407, %374
  %376 = load i32, ptr %7, align 4
  %377 = icmp slt i32 %376, 3
  br i1 %377, label %378, label %410

378:                                              ; preds = %375
  store i32 0, ptr %8, align 4
  br label %379

379:                                              ; preds = %403, %378
  %380 = load i32, ptr %8, align 4
  %381 = icmp slt i32 %380, 7
  br i1 %381, label %382, label %406

382:                                              ; preds = %379
  %383 = load i32, ptr %6, align 4
  %384 = sext i32 %383 to i64
  %385 = getelementptr inbounds [5 x [3 x [7 x i8]]], ptr @g_926, i64 0, i64 %384
  %386 = load i32, ptr %7, align 4
  %387 = sext i32 %386 to i64
  %388 = getelementptr inbounds [3 x [7 x i8]], ptr %385, i64 0, i64 %387
  %389 = load i32, ptr %8, align 4
  %390 = sext i32 %389 to i64
  %391 = getelementptr inbounds [7 x i8], ptr %388, i64 0, i64 %390
  %392 = load volatile i8, ptr %391, align 1
  %393 = sext i8 %392 to i64
  %394 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %393, ptr noundef @.str.36, i32 noundef %394)
  %395 = load i32, ptr %9, align 4
  %396 = icmp ne i32 %395, 0
  br i1 %396, label %397, label %402

397:                                              ; preds = %382
  %398 = load i32, ptr %6, align 4
  %399 = load i32, ptr %7, align 4
  %400 = load i32, ptr %8, align 4
  %401 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %398, i32 noundef %399, i32 noundef %400)
  br label %402

402:                                              ; preds = %397, %382
  br label %403

403:                                              ; preds = %402
  %404 = load i32, ptr %8, align 4
  %405 = add nsw i32 %404, 1
  store i32 %405, ptr %8, align 4
  br label %379, !llvm.loop !25

406:                                              ; preds = %379
  br label %407

407:                                              ; preds = %406
  %408 = load i32, ptr %7, align 4
  %409 = add nsw i32 %408, 1
  store i32 %409, ptr %7, align 4
  br label %375, !llvm.loop !26

410:                                              ; preds = %375
  br label %411

411:                                              ; preds = %410
  %412 = load i32, ptr %6, align 4
  %413 = add nsw i32 %412, 1
  store i32 %413, ptr %6, align 4
  br label %371, !llvm.loop !27

414:                                              ; preds = %371
  %415 = load i32, ptr @g_1041, align 4
  %416 = sext i32 %415 to i64
  %417 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %416, ptr noundef @.str.37, i32 noundef %417)
  %418 = load i32, ptr @g_1085, align 4
  %419 = sext i32 %418 to i64
  %420 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %419, ptr noundef @.str.38, i32 noundef %420)
  %421 = load i32, ptr @g_1195, align 4
  %422 = zext i32 %421 to i64
  %423 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %422, ptr noundef @.str.39, i32 noundef %423)
  %424 = load volatile i32, ptr @g_1214, align 4
  %425 = zext i32 %424 to i64
  %426 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %425, ptr noundef @.str.40, i32 noundef %426)
  %427 = load i32, ptr @g_1289, align 4
  %428 = sext i32 %427 to i64
  %429 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %428, ptr noundef @.str.41, i32 noundef %429)
  %430 = load i32, ptr @g_1392, align 4
  %431 = sext i32 %430 to i64
  %432 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %431, ptr noundef @.str.42, i32 noundef %432)
  store i32 0, ptr %6, align 4
  br label %433

433:                                              ; preds = %473, %414
  %434 = load i32, ptr %6, align 4
  %435 = icmp slt i32 %434, 3
  br i1 %435, label %436, label %476

436:                                              ; preds = %433
  store i32 0, ptr %7, align 4
  br label %437

437:                                              ; preds = %469, %436
  %438 = load i32, ptr %7, align 4
  %439 = icmp slt i32 %438, 10
  br i1 %439, label %440, label %472

440:                                              ; preds = %437
  store i32 0, ptr %8, align 4
  br label %441

441:                                              ; preds = %465, %440
  %442 = load i32, ptr %8, align 4
  %443 = icmp slt i32 %442, 8
  br i1 %443, label %444, label %468

444:                                              ; preds = %441
  %445 = load i32, ptr %6, align 4
  %446 = sext i32 %445 to i64
  %447 = getelementptr inbounds [3 x [10 x [8 x i8]]], ptr @g_1486, i64 0, i64 %446
  %448 = load i32, ptr %7, align 4
  %449 = sext i32 %448 to i64
  %450 = getelementptr inbounds [10 x [8 x i8]], ptr %447, i64 0, i64 %449
  %451 = load i32, ptr %8, align 4
  %452 = sext i32 %451 to i64
  %453 = getelementptr inbounds [8 x i8], ptr %450, i64 0, i64 %452
  %454 = load i8, ptr %453, align 1
  %455 = zext i8 %454 to i64
  %456 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %455, ptr noundef @.str.43, i32 noundef %456)
  %457 = load i32, ptr %9, align 4
  %458 = icmp ne i32 %457, 0
  br i1 %458, label %459, label %464

459:                                              ; preds = %444
  %460 = load i32, ptr %6, align 4
  %461 = load i32, ptr %7, align 4
  %462 = load i32, ptr %8, align 4
  %463 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %460, i32 noundef %461, i32 noundef %462)
  br label %464

464:                                              ; preds = %459, %444
  br label %465

465:                                              ; preds = %464
  %466 = load i32, ptr %8, align 4
  %467 = add nsw i32 %466, 1
  store i32 %467, ptr %8, align 4
  br label %441, !llvm.loop !28

468:                                              ; preds = %441
  br label %469

469:                                              ; preds = %468
  %470 = load i32, ptr %7, align 4
  %471 = add nsw i32 %470, 1
  store i32 %471, ptr %7, align 4
  br label %437, !llvm.loop !29

472:                                              ; preds = %437
  br label %473

473:                                              ; preds = %472
  %474 = load i32, ptr %6, align 4
  %475 = add nsw i32 %474, 1
  store i32 %475, ptr %6, align 4
  br label %433, !llvm.loop !30

476:                                              ; preds = %433
  %477 = load i16, ptr @g_1501, align 2
  %478 = sext i16 %477 to i64
  %479 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %478, ptr noundef @.str.44, i32 noundef %479)
  store i32 0, ptr %6, align 4
  br label %480

480:                                              ; preds = %508, %476
  %481 = load i32, ptr %6, align 4
  %482 = icmp slt i32 %481, 3
  br i1 %482, label %483, label %511

483:                                              ; preds = %480
  store i32 0, ptr %7, align 4
  br label %484

484:                                              ; preds = %504, %483
  %485 = load i32, ptr %7, align 4
  %486 = icmp slt i32 %485, 5
  br i1 %486, label %487, label %507

487:                                              ; preds = %484
  %488 = load i32, ptr %6, align 4
  %489 = sext i32 %488 to i64
  %490 = getelementptr inbounds [3 x [5 x i32]], ptr @g_1626, i64 0, i64 %489
  %491 = load i32, ptr %7, align 4
  %492 = sext i32 %491 to i64
  %493 = getelementptr inbounds [5 x i32], ptr %490, i64 0, i64 %492
  %494 = load volatile i32, ptr %493, align 4
  %495 = zext i32 %494 to i64
  %496 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %495, ptr noundef @.str.45, i32 noundef %496)
  %497 = load i32, ptr %9, align 4
  %498 = icmp ne i32 %497, 0
  br i1 %498, label %499, label %503

499:                                              ; preds = %487
  %500 = load i32, ptr %6, align 4
  %501 = load i32, ptr %7, align 4
  %502 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %500, i32 noundef %501)
  br label %503

503:                                              ; preds = %499, %487
  br label %504

504:                                              ; preds = %503
  %505 = load i32, ptr %7, align 4
  %506 = add nsw i32 %505, 1
  store i32 %506, ptr %7, align 4
  br label %484, !llvm.loop !31

507:                                              ; preds = %484
  br label %508

508:                                              ; preds = %507
  %509 = load i32, ptr %6, align 4
  %510 = add nsw i32 %509, 1
  store i32 %510, ptr %6, align 4
  br label %480, !llvm.loop !32

511:                                              ; preds = %480
  %512 = load volatile i32, ptr @g_1741, align 4
  %513 = zext i32 %512 to i64
  %514 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %513, ptr noundef @.str.46, i32 noundef %514)
  store i32 0, ptr %6, align 4
  br label %515

515:                                              ; preds = %531, %511
  %516 = load i32, ptr %6, align 4
  %517 = icmp slt i32 %516, 8
  br i1 %517, label %518, label %534

518:                                              ; preds = %515
  %519 = load i32, ptr %6, align 4
  %520 = sext i32 %519 to i64
  %521 = getelementptr inbounds [8 x i8], ptr @g_1882, i64 0, i64 %520
  %522 = load volatile i8, ptr %521, align 1
  %523 = sext i8 %522 to i64
  %524 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %523, ptr noundef @.str.47, i32 noundef %524)
  %525 = load i32, ptr %9, align 4
  %526 = icmp ne i32 %525, 0
  br i1 %526, label %527, label %530

527:                                              ; preds = %518
  %528 = load i32, ptr %6, align 4
  %529 = call i32 (ptr, ...) @printf(ptr noundef @.str.19, i32 noundef %528)
  br label %530

530:                                              ; preds = %527, %518
  br label %531

531:                                              ; preds = %530
  %532 = load i32, ptr %6, align 4
  %533 = add nsw i32 %532, 1
  store i32 %533, ptr %6, align 4
  br label %515, !llvm.loop !33

534:                                              ; preds = %515
  store i32 0, ptr %6, align 4
  br label %535

535:                                              ; preds = %551, %534
  %536 = load i32, ptr %6, align 4
  %537 = icmp slt i32 %536, 2
  br i1 %537, label %538, label %554

538:                                              ; preds = %535
  %539 = load i32, ptr %6, align 4
  %540 = sext i32 %539 to i64
  %541 = getelementptr inbounds [2 x i32], ptr @g_2045, i64 0, i64 %540
  %542 = load volatile i32, ptr %541, align 4
  %543 = sext i32 %542 to i64
  %544 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %543, ptr noundef @.str.48, i32 noundef %544)
  %545 = load i32, ptr %9, align 4
  %546 = icmp ne i32 %545, 0
  br i1 %546, label %547, label %550

547:                                              ; preds = %538
  %548 = load i32, ptr %6, align 4
  %549 = call i32 (ptr, ...) @printf(ptr noundef @.str.19, i32 noundef %548)
  br label %550

550:                                              ; preds = %547, %538
  br label %551

551:                                              ; preds = %550
  %552 = load i32, ptr %6, align 4
  %553 = add nsw i32 %552, 1
  store i32 %553, ptr %6, align 4
  br label %535, !llvm.loop !34

554:                                              ; preds = %535
  %555 = load i32, ptr @g_2069, align 4
  %556 = zext i32 %555 to i64
  %557 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %556, ptr noundef @.str.49, i32 noundef %557)
  %558 = load i32, ptr @crc32_context, align 4
  %559 = zext i32 %558 to i64
  %560 = xor i64 %559, 4294967295
  %561 = trunc i64 %560 to i32
  %562 = load i32, ptr %9, align 4
  call void @platform_main_end(i32 noundef %561, i32 noundef %562)
  ret i32 0
}

; Function Attrs: nounwind willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind uwtable
define internal void @platform_main_begin() #0 {
  ret void
}

; Function Attrs: noinline nounwind uwtable
define internal void @crc32_gentab() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 -306674912, ptr %2, align 4
  store i32 0, ptr %3, align 4
  br label %5

5:                                                ; preds = %33, %0
  %6 = load i32, ptr %3, align 4
  %7 = icmp slt i32 %6, 256
  br i1 %7, label %8, label %36

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
  br label %10, !llvm.loop !35

28:                                               ; preds = %10
  %29 = load i32, ptr %1, align 4
  %30 = load i32, ptr %3, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [256 x i32], ptr @crc32_tab, i64 0, i64 %31
  store i32 %29, ptr %32, align 4
  br label %33

33:                                               ; preds = %28
  %34 = load i32, ptr %3, align 4
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %3, align 4
  br label %5, !llvm.loop !36

36:                                               ; preds = %5
  ret void
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @func_1() #0 {
  %1 = alloca i16, align 2
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i16, align 2
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  %14 = alloca i32, align 4
  %15 = alloca i16, align 2
  %16 = alloca ptr, align 8
  %17 = alloca ptr, align 8
  %18 = alloca ptr, align 8
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  %22 = alloca i16, align 2
  %23 = alloca i8, align 1
  %24 = alloca i32, align 4
  store i16 -16063, ptr %1, align 2
  store ptr getelementptr inbounds ([9 x i32], ptr getelementptr inbounds ([10 x [9 x i32]], ptr @g_42, i64 0, i64 9), i64 0, i64 7), ptr %2, align 8
  store ptr getelementptr inbounds ([8 x i32], ptr getelementptr inbounds ([4 x [1 x [8 x i32]]], ptr @g_35, i64 0, i64 2), i64 0, i64 7), ptr %3, align 8
  store ptr @g_828, ptr %4, align 8
  store ptr @g_131, ptr %5, align 8
  store ptr getelementptr inbounds ([7 x [4 x ptr]], ptr getelementptr inbounds ([9 x [7 x [4 x ptr]]], ptr @g_126, i64 0, i64 1), i64 0, i64 1), ptr %6, align 8
  store i64 -4, ptr %7, align 8
  store i32 2, ptr @g_2, align 4
  br label %25

25:                                               ; preds = %29, %0
  %26 = load i32, ptr @g_2, align 4
  %27 = icmp slt i32 %26, -9
  br i1 %27, label %28, label %32

28:                                               ; preds = %25
  store ptr @g_2, ptr %8, align 8
  store ptr %8, ptr %9, align 8
  store ptr null, ptr %10, align 8
  br label %29

29:                                               ; preds = %28
  %30 = load i32, ptr @g_2, align 4
  %31 = call i32 @safe_sub_func_int32_t_s_s(i32 noundef %30, i32 noundef 6)
  store i32 %31, ptr @g_2, align 4
  br label %25, !llvm.loop !37

32:                                               ; preds = %25
  store i32 17, ptr @g_1195, align 4
  br label %33

33:                                               ; preds = %235, %32
  %34 = load i32, ptr @g_1195, align 4
  %35 = icmp ult i32 %34, 29
  br i1 %35, label %36, label %240

36:                                               ; preds = %33
  store i16 -1, ptr %11, align 2
  store ptr @g_1437, ptr %12, align 8
  store ptr %12, ptr %13, align 8
  store i32 1, ptr %14, align 4
  store i16 -23865, ptr %15, align 2
  store i8 2, ptr @g_133, align 1
  br label %37

37:                                               ; preds = %228, %36
  %38 = load i8, ptr @g_133, align 1
  %39 = sext i8 %38 to i32
  %40 = icmp sge i32 %39, 0
  br i1 %40, label %41, label %233

41:                                               ; preds = %37
  store ptr null, ptr %16, align 8
  store ptr @g_827, ptr %17, align 8
  store ptr %4, ptr %18, align 8
  store i32 -55813965, ptr %19, align 4
  store i32 -7058357, ptr %20, align 4
  %42 = load i8, ptr @g_133, align 1
  %43 = sext i8 %42 to i64
  %44 = getelementptr inbounds [3 x i16], ptr @g_199, i64 0, i64 %43
  %45 = load i16, ptr %44, align 2
  %46 = load i8, ptr @g_133, align 1
  %47 = sext i8 %46 to i64
  %48 = getelementptr inbounds [3 x i16], ptr @g_199, i64 0, i64 %47
  %49 = load i16, ptr %48, align 2
  %50 = load ptr, ptr %16, align 8
  %51 = icmp eq ptr null, %50
  %52 = zext i1 %51 to i32
  %53 = trunc i32 %52 to i16
  %54 = call i16 @safe_mul_func_uint16_t_u_u(i16 noundef %53, i16 noundef 1)
  %55 = zext i16 %54 to i32
  %56 = load ptr, ptr %17, align 8
  store ptr null, ptr %56, align 8
  %57 = load ptr, ptr %4, align 8
  %58 = load ptr, ptr %18, align 8
  store ptr %57, ptr %58, align 8
  %59 = icmp eq ptr null, %57
  %60 = zext i1 %59 to i32
  %61 = xor i32 %55, %60
  %62 = icmp ne i32 %61, 0
  br i1 %62, label %66, label %63

63:                                               ; preds = %41
  %64 = load ptr, ptr %5, align 8
  %65 = icmp eq ptr null, %64
  br label %66

66:                                               ; preds = %63, %41
  %67 = phi i1 [ true, %41 ], [ %65, %63 ]
  %68 = zext i1 %67 to i32
  %69 = sext i32 %68 to i64
  %70 = load ptr, ptr @g_127, align 8
  store i64 %69, ptr %70, align 8
  %71 = load i16, ptr %11, align 2
  %72 = sext i16 %71 to i64
  %73 = icmp slt i64 %69, %72
  %74 = zext i1 %73 to i32
  %75 = xor i32 %74, -1
  %76 = load i8, ptr @g_133, align 1
  %77 = sext i8 %76 to i64
  %78 = getelementptr inbounds [3 x i16], ptr @g_199, i64 0, i64 %77
  %79 = load i16, ptr %78, align 2
  %80 = zext i16 %79 to i32
  %81 = and i32 %75, %80
  %82 = trunc i32 %81 to i8
  %83 = call i8 @safe_sub_func_uint8_t_u_u(i8 noundef %82, i8 noundef -10)
  %84 = zext i8 %83 to i64
  %85 = icmp sge i64 %84, 5160785776639707266
  %86 = zext i1 %85 to i32
  %87 = load i32, ptr %19, align 4
  %88 = and i32 %87, %86
  store i32 %88, ptr %19, align 4
  %89 = load i64, ptr @g_244, align 8
  %90 = trunc i64 %89 to i16
  %91 = call i16 @safe_sub_func_int16_t_s_s(i16 noundef %90, i16 noundef 1)
  %92 = sext i16 %91 to i64
  %93 = icmp slt i64 %92, 2567046698
  br i1 %93, label %94, label %209

94:                                               ; preds = %66
  store i16 1, ptr %22, align 2
  store i64 2, ptr @g_131, align 8
  br label %95

95:                                               ; preds = %191, %94
  %96 = load i64, ptr @g_131, align 8
  %97 = icmp sge i64 %96, 0
  br i1 %97, label %98, label %194

98:                                               ; preds = %95
  store i8 8, ptr %23, align 1
  %99 = load ptr, ptr %13, align 8
  %100 = icmp eq ptr null, %99
  %101 = zext i1 %100 to i32
  %102 = load ptr, ptr @g_136, align 8
  %103 = load ptr, ptr %102, align 8
  %104 = load i32, ptr %103, align 4
  %105 = xor i32 %104, %101
  store i32 %105, ptr %103, align 4
  %106 = load i32, ptr %20, align 4
  %107 = load ptr, ptr @g_1368, align 8
  %108 = load i8, ptr %107, align 1
  %109 = load i16, ptr %11, align 2
  %110 = sext i16 %109 to i32
  %111 = load ptr, ptr %6, align 8
  %112 = icmp ne ptr null, %111
  %113 = zext i1 %112 to i32
  %114 = load ptr, ptr @g_1973, align 8
  %115 = load ptr, ptr %114, align 8
  %116 = load ptr, ptr %115, align 8
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
  %135 = call i8 @safe_lshift_func_int8_t_s_s(i8 noundef %108, i32 noundef %134)
  %136 = load i8, ptr %23, align 1
  %137 = call i8 @safe_div_func_int8_t_s_s(i8 noundef %135, i8 noundef %136)
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
  %148 = load i32, ptr getelementptr inbounds ([8 x i32], ptr getelementptr inbounds ([4 x [1 x [8 x i32]]], ptr @g_35, i64 0, i64 2), i64 0, i64 2), align 4
  %149 = call i16 @safe_lshift_func_int16_t_s_s(i16 noundef %147, i32 noundef %148)
  %150 = sext i16 %149 to i32
  %151 = icmp eq i32 %106, %150
  %152 = zext i1 %151 to i32
  %153 = load ptr, ptr @g_860, align 8
  %154 = load i32, ptr %153, align 4
  %155 = call i32 @safe_add_func_int32_t_s_s(i32 noundef %152, i32 noundef %154)
  %156 = icmp sgt i32 %105, %155
  %157 = zext i1 %156 to i32
  %158 = load volatile ptr, ptr @g_1811, align 8
  %159 = load ptr, ptr %158, align 8
  %160 = load ptr, ptr %159, align 8
  %161 = load ptr, ptr %160, align 8
  %162 = load ptr, ptr %161, align 8
  %163 = load i32, ptr %162, align 4
  %164 = icmp slt i32 %157, %163
  %165 = zext i1 %164 to i32
  %166 = load ptr, ptr @g_860, align 8
  store i32 %165, ptr %166, align 4
  %167 = zext i32 %165 to i64
  %168 = icmp ne i64 0, %167
  %169 = zext i1 %168 to i32
  %170 = load i8, ptr @g_133, align 1
  %171 = sext i8 %170 to i64
  %172 = getelementptr inbounds [3 x i16], ptr @g_199, i64 0, i64 %171
  %173 = load i16, ptr %172, align 2
  %174 = zext i16 %173 to i32
  %175 = icmp sge i32 %169, %174
  %176 = zext i1 %175 to i32
  %177 = sext i32 %176 to i64
  %178 = icmp eq i64 %177, 248
  %179 = zext i1 %178 to i32
  %180 = trunc i32 %179 to i8
  %181 = load i8, ptr %23, align 1
  %182 = sext i8 %181 to i32
  %183 = call i8 @safe_lshift_func_uint8_t_u_u(i8 noundef %180, i32 noundef %182)
  %184 = zext i8 %183 to i32
  %185 = load ptr, ptr %3, align 8
  store i32 %184, ptr %185, align 4
  %186 = load ptr, ptr %3, align 8
  %187 = load i32, ptr %186, align 4
  %188 = icmp ne i32 %187, 0
  br i1 %188, label %189, label %190

189:                                              ; preds = %98
  br label %195

190:                                              ; preds = %98
  br label %191

191:                                              ; preds = %190
  %192 = load i64, ptr @g_131, align 8
  %193 = sub nsw i64 %192, 1
  store i64 %193, ptr @g_131, align 8
  br label %95, !llvm.loop !38

194:                                              ; preds = %95
  br label %195

195:                                              ; preds = %194, %189
  %196 = load i32, ptr %20, align 4
  %197 = load i16, ptr %11, align 2
  %198 = sext i16 %197 to i32
  %199 = or i32 %196, %198
  %200 = load i16, ptr %22, align 2
  %201 = sext i16 %200 to i32
  %202 = or i32 %199, %201
  %203 = load i32, ptr %14, align 4
  %204 = or i32 %203, %202
  store i32 %204, ptr %14, align 4
  %205 = load i16, ptr %15, align 2
  %206 = icmp ne i16 %205, 0
  br i1 %206, label %207, label %208

207:                                              ; preds = %195
  br label %234

208:                                              ; preds = %195
  br label %227

209:                                              ; preds = %66
  store i32 1596216270, ptr %24, align 4
  store i32 2, ptr @g_1085, align 4
  br label %210

210:                                              ; preds = %218, %209
  %211 = load i32, ptr @g_1085, align 4
  %212 = icmp sge i32 %211, 0
  br i1 %212, label %213, label %221

213:                                              ; preds = %210
  %214 = load ptr, ptr @g_136, align 8
  %215 = load ptr, ptr %214, align 8
  %216 = load i32, ptr %215, align 4
  %217 = xor i32 %216, 0
  store i32 %217, ptr %215, align 4
  br label %218

218:                                              ; preds = %213
  %219 = load i32, ptr @g_1085, align 4
  %220 = sub nsw i32 %219, 1
  store i32 %220, ptr @g_1085, align 4
  br label %210, !llvm.loop !39

221:                                              ; preds = %210
  %222 = load i16, ptr %15, align 2
  %223 = zext i16 %222 to i32
  %224 = load ptr, ptr %3, align 8
  %225 = load i32, ptr %224, align 4
  %226 = xor i32 %225, %223
  store i32 %226, ptr %224, align 4
  br label %227

227:                                              ; preds = %221, %208
  br label %228

228:                                              ; preds = %227
  %229 = load i8, ptr @g_133, align 1
  %230 = sext i8 %229 to i32
  %231 = sub nsw i32 %230, 1
  %232 = trunc i32 %231 to i8
  store i8 %232, ptr @g_133, align 1
  br label %37, !llvm.loop !40

233:                                              ; preds = %37
  br label %234

234:                                              ; preds = %233, %207
  br label %235

235:                                              ; preds = %234
  %236 = load i32, ptr @g_1195, align 4
  %237 = trunc i32 %236 to i16
  %238 = call i16 @safe_add_func_int16_t_s_s(i16 noundef %237, i16 noundef 9)
  %239 = sext i16 %238 to i32
  store i32 %239, ptr @g_1195, align 4
  br label %33, !llvm.loop !41

240:                                              ; preds = %33
  %241 = load ptr, ptr @g_860, align 8
  %242 = load i32, ptr %241, align 4
  ret i32 %242
}

; Function Attrs: noinline nounwind uwtable
define internal void @transparent_crc(i64 noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  store i64 %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  %7 = load i64, ptr %4, align 8
  call void @crc32_8bytes(i64 noundef %7)
  %8 = load i32, ptr %6, align 4
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %10, label %16

10:                                               ; preds = %3
  %11 = load ptr, ptr %5, align 8
  %12 = load i32, ptr @crc32_context, align 4
  %13 = zext i32 %12 to i64
  %14 = xor i64 %13, 4294967295
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str.50, ptr noundef %11, i64 noundef %14)
  br label %16

16:                                               ; preds = %10, %3
  ret void
}

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind uwtable
define internal void @platform_main_end(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = call i32 (ptr, ...) @printf(ptr noundef @.str.51, i32 noundef %5)
  ret void
}

; Function Attrs: noinline nounwind uwtable
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

; Function Attrs: noinline nounwind uwtable
define internal i16 @safe_sub_func_int16_t_s_s(i16 noundef %0, i16 noundef %1) #0 {
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

; Function Attrs: noinline nounwind uwtable
define internal i8 @safe_sub_func_uint8_t_u_u(i8 noundef %0, i8 noundef %1) #0 {
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

; Function Attrs: noinline nounwind uwtable
define internal i16 @safe_mul_func_uint16_t_u_u(i16 noundef %0, i16 noundef %1) #0 {
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

; Function Attrs: noinline nounwind uwtable
define internal i8 @safe_lshift_func_uint8_t_u_u(i8 noundef %0, i32 noundef %1) #0 {
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

; Function Attrs: noinline nounwind uwtable
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

; Function Attrs: noinline nounwind uwtable
define internal i16 @safe_lshift_func_int16_t_s_s(i16 noundef %0, i32 noundef %1) #0 {
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

; Function Attrs: noinline nounwind uwtable
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

; Function Attrs: noinline nounwind uwtable
define internal i8 @safe_div_func_int8_t_s_s(i8 noundef %0, i8 noundef %1) #0 {
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

; Function Attrs: noinline nounwind uwtable
define internal i8 @safe_lshift_func_int8_t_s_s(i8 noundef %0, i32 noundef %1) #0 {
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

; Function Attrs: noinline nounwind uwtable
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

; Function Attrs: noinline nounwind uwtable
define internal i16 @safe_add_func_int16_t_s_s(i16 noundef %0, i16 noundef %1) #0 {
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

; Function Attrs: noinline nounwind uwtable
define internal void @crc32_8bytes(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = lshr i64 %3, 0
  %5 = and i64 %4, 255
  %6 = trunc i64 %5 to i8
  call void @crc32_byte(i8 noundef %6)
  %7 = load i64, ptr %2, align 8
  %8 = lshr i64 %7, 8
  %9 = and i64 %8, 255
  %10 = trunc i64 %9 to i8
  call void @crc32_byte(i8 noundef %10)
  %11 = load i64, ptr %2, align 8
  %12 = lshr i64 %11, 16
  %13 = and i64 %12, 255
  %14 = trunc i64 %13 to i8
  call void @crc32_byte(i8 noundef %14)
  %15 = load i64, ptr %2, align 8
  %16 = lshr i64 %15, 24
  %17 = and i64 %16, 255
  %18 = trunc i64 %17 to i8
  call void @crc32_byte(i8 noundef %18)
  %19 = load i64, ptr %2, align 8
  %20 = lshr i64 %19, 32
  %21 = and i64 %20, 255
  %22 = trunc i64 %21 to i8
  call void @crc32_byte(i8 noundef %22)
  %23 = load i64, ptr %2, align 8
  %24 = lshr i64 %23, 40
  %25 = and i64 %24, 255
  %26 = trunc i64 %25 to i8
  call void @crc32_byte(i8 noundef %26)
  %27 = load i64, ptr %2, align 8
  %28 = lshr i64 %27, 48
  %29 = and i64 %28, 255
  %30 = trunc i64 %29 to i8
  call void @crc32_byte(i8 noundef %30)
  %31 = load i64, ptr %2, align 8
  %32 = lshr i64 %31, 56
  %33 = and i64 %32, 255
  %34 = trunc i64 %33 to i8
  call void @crc32_byte(i8 noundef %34)
  ret void
}

; Function Attrs: noinline nounwind uwtable
define internal void @crc32_byte(i8 noundef %0) #0 {
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
  %11 = zext i32 %10 to i64
  %12 = getelementptr inbounds [256 x i32], ptr @crc32_tab, i64 0, i64 %11
  %13 = load i32, ptr %12, align 4
  %14 = xor i32 %5, %13
  store i32 %14, ptr @crc32_context, align 4
  ret void
}

attributes #0 = { noinline nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+v8a,-fmv" }
attributes #1 = { nounwind willreturn memory(read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+v8a,-fmv" }
attributes #2 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+v8a,-fmv" }
attributes #3 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
!15 = distinct !{!15, !7}
!16 = distinct !{!16, !7}
!17 = distinct !{!17, !7}
!18 = distinct !{!18, !7}
!19 = distinct !{!19, !7}
!20 = distinct !{!20, !7}
!21 = distinct !{!21, !7}
!22 = distinct !{!22, !7}
!23 = distinct !{!23, !7}
!24 = distinct !{!24, !7}
!25 = distinct !{!25, !7}
!26 = distinct !{!26, !7}
!27 = distinct !{!27, !7}
!28 = distinct !{!28, !7}
!29 = distinct !{!29, !7}
!30 = distinct !{!30, !7}
!31 = distinct !{!31, !7}
!32 = distinct !{!32, !7}
!33 = distinct !{!33, !7}
!34 = distinct !{!34, !7}
!35 = distinct !{!35, !7}
!36 = distinct !{!36, !7}
!37 = distinct !{!37, !7}
!38 = distinct !{!38, !7}
!39 = distinct !{!39, !7}
!40 = distinct !{!40, !7}
!41 = distinct !{!41, !7}
