; ModuleID = 'cs1000010.c'
source_filename = "cs1000010.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%union.U0 = type { i32 }

@.str = private unnamed_addr constant [2 x i8] c"1\00", align 1
@g_2 = internal global [5 x [1 x i32]] zeroinitializer, align 16
@.str.1 = private unnamed_addr constant [10 x i8] c"g_2[i][j]\00", align 1
@.str.2 = private unnamed_addr constant [18 x i8] c"index = [%d][%d]\0A\00", align 1
@g_3 = internal global i32 -2, align 4
@.str.3 = private unnamed_addr constant [4 x i8] c"g_3\00", align 1
@g_4 = internal global i32 -9, align 4
@.str.4 = private unnamed_addr constant [4 x i8] c"g_4\00", align 1
@g_31 = internal global %union.U0 { i32 -1606197691 }, align 4
@.str.5 = private unnamed_addr constant [8 x i8] c"g_31.f0\00", align 1
@g_37 = internal global i32 8, align 4
@.str.6 = private unnamed_addr constant [5 x i8] c"g_37\00", align 1
@g_40 = internal global i32 710626659, align 4
@.str.7 = private unnamed_addr constant [5 x i8] c"g_40\00", align 1
@g_41 = internal global i32 -5, align 4
@.str.8 = private unnamed_addr constant [5 x i8] c"g_41\00", align 1
@g_44 = internal global i32 0, align 4
@.str.9 = private unnamed_addr constant [5 x i8] c"g_44\00", align 1
@g_45 = internal global i32 1895964510, align 4
@.str.10 = private unnamed_addr constant [5 x i8] c"g_45\00", align 1
@g_49 = internal global [10 x [2 x i32]] zeroinitializer, align 16
@.str.11 = private unnamed_addr constant [11 x i8] c"g_49[i][j]\00", align 1
@g_55 = internal global i8 7, align 1
@.str.12 = private unnamed_addr constant [5 x i8] c"g_55\00", align 1
@g_80 = internal global %union.U0 { i32 345699336 }, align 4
@.str.13 = private unnamed_addr constant [8 x i8] c"g_80.f0\00", align 1
@g_117 = internal constant %union.U0 { i32 1 }, align 4
@.str.14 = private unnamed_addr constant [9 x i8] c"g_117.f0\00", align 1
@g_141 = internal global i32 -1763903266, align 4
@.str.15 = private unnamed_addr constant [6 x i8] c"g_141\00", align 1
@g_147 = internal global i8 -94, align 1
@.str.16 = private unnamed_addr constant [6 x i8] c"g_147\00", align 1
@g_172 = internal global [3 x [7 x i16]] [[7 x i16] [i16 25033, i16 25033, i16 -6, i16 25033, i16 25033, i16 -6, i16 25033], [7 x i16] [i16 25033, i16 1, i16 1, i16 25033, i16 1, i16 1, i16 25033], [7 x i16] [i16 1, i16 25033, i16 1, i16 1, i16 25033, i16 1, i16 1]], align 16
@.str.17 = private unnamed_addr constant [12 x i8] c"g_172[i][j]\00", align 1
@g_174 = internal global i64 -9, align 8
@.str.18 = private unnamed_addr constant [6 x i8] c"g_174\00", align 1
@g_248 = internal global i32 -1, align 4
@.str.19 = private unnamed_addr constant [6 x i8] c"g_248\00", align 1
@g_255 = internal global i8 -43, align 1
@.str.20 = private unnamed_addr constant [6 x i8] c"g_255\00", align 1
@g_273 = internal global i32 -1, align 4
@.str.21 = private unnamed_addr constant [6 x i8] c"g_273\00", align 1
@g_279 = internal global i8 -19, align 1
@.str.22 = private unnamed_addr constant [6 x i8] c"g_279\00", align 1
@g_303 = internal constant %union.U0 zeroinitializer, align 4
@.str.23 = private unnamed_addr constant [9 x i8] c"g_303.f0\00", align 1
@g_309 = internal global i32 270703992, align 4
@.str.24 = private unnamed_addr constant [6 x i8] c"g_309\00", align 1
@g_338 = internal global [2 x [9 x i32]] [[9 x i32] [i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1], [9 x i32] [i32 1699668272, i32 0, i32 1699668272, i32 0, i32 1699668272, i32 0, i32 1699668272, i32 0, i32 1699668272]], align 16
@.str.25 = private unnamed_addr constant [12 x i8] c"g_338[i][j]\00", align 1
@g_369 = internal global i32 -2, align 4
@.str.26 = private unnamed_addr constant [6 x i8] c"g_369\00", align 1
@g_430 = internal global i16 20848, align 2
@.str.27 = private unnamed_addr constant [6 x i8] c"g_430\00", align 1
@g_491 = internal global i64 -9, align 8
@.str.28 = private unnamed_addr constant [6 x i8] c"g_491\00", align 1
@g_557 = internal global [2 x [1 x i16]] [[1 x i16] [i16 15267], [1 x i16] [i16 15267]], align 2
@.str.29 = private unnamed_addr constant [12 x i8] c"g_557[i][j]\00", align 1
@g_558 = internal global i16 4, align 2
@.str.30 = private unnamed_addr constant [6 x i8] c"g_558\00", align 1
@g_632 = internal global i32 4, align 4
@.str.31 = private unnamed_addr constant [6 x i8] c"g_632\00", align 1
@g_644 = internal global i8 1, align 1
@.str.32 = private unnamed_addr constant [6 x i8] c"g_644\00", align 1
@g_717 = internal global i16 -3, align 2
@.str.33 = private unnamed_addr constant [6 x i8] c"g_717\00", align 1
@g_731 = internal global %union.U0 { i32 -517540514 }, align 4
@.str.34 = private unnamed_addr constant [9 x i8] c"g_731.f0\00", align 1
@g_783 = internal global i32 -1758582015, align 4
@.str.35 = private unnamed_addr constant [6 x i8] c"g_783\00", align 1
@g_791 = internal global i32 1097689126, align 4
@.str.36 = private unnamed_addr constant [6 x i8] c"g_791\00", align 1
@g_816 = internal global i32 1066573400, align 4
@.str.37 = private unnamed_addr constant [6 x i8] c"g_816\00", align 1
@g_822 = internal global %union.U0 zeroinitializer, align 4
@.str.38 = private unnamed_addr constant [9 x i8] c"g_822.f0\00", align 1
@g_823 = internal global %union.U0 { i32 1 }, align 4
@.str.39 = private unnamed_addr constant [9 x i8] c"g_823.f0\00", align 1
@g_826 = internal global %union.U0 zeroinitializer, align 4
@.str.40 = private unnamed_addr constant [9 x i8] c"g_826.f0\00", align 1
@g_838 = internal constant [1 x [6 x i16]] [[6 x i16] [i16 -31912, i16 -31912, i16 -31912, i16 -31912, i16 -31912, i16 -31912]], align 2
@.str.41 = private unnamed_addr constant [12 x i8] c"g_838[i][j]\00", align 1
@g_966 = internal global i64 -1, align 8
@.str.42 = private unnamed_addr constant [6 x i8] c"g_966\00", align 1
@g_1006 = internal global [4 x %union.U0] [%union.U0 { i32 -1 }, %union.U0 { i32 -1 }, %union.U0 { i32 -1 }, %union.U0 { i32 -1 }], align 16
@.str.43 = private unnamed_addr constant [13 x i8] c"g_1006[i].f0\00", align 1
@.str.44 = private unnamed_addr constant [14 x i8] c"index = [%d]\0A\00", align 1
@g_1007 = internal global %union.U0 { i32 -835841741 }, align 4
@.str.45 = private unnamed_addr constant [10 x i8] c"g_1007.f0\00", align 1
@g_1008 = internal global %union.U0 { i32 1 }, align 4
@.str.46 = private unnamed_addr constant [10 x i8] c"g_1008.f0\00", align 1
@g_1009 = internal global %union.U0 { i32 -10 }, align 4
@.str.47 = private unnamed_addr constant [10 x i8] c"g_1009.f0\00", align 1
@g_1010 = internal global [7 x %union.U0] [%union.U0 { i32 1 }, %union.U0 { i32 1 }, %union.U0 { i32 1 }, %union.U0 { i32 1 }, %union.U0 { i32 1 }, %union.U0 { i32 1 }, %union.U0 { i32 1 }], align 16
@.str.48 = private unnamed_addr constant [13 x i8] c"g_1010[i].f0\00", align 1
@g_1011 = internal global %union.U0 { i32 1 }, align 4
@.str.49 = private unnamed_addr constant [10 x i8] c"g_1011.f0\00", align 1
@g_1012 = internal global %union.U0 { i32 -1428493924 }, align 4
@.str.50 = private unnamed_addr constant [10 x i8] c"g_1012.f0\00", align 1
@g_1013 = internal global %union.U0 { i32 -8 }, align 4
@.str.51 = private unnamed_addr constant [10 x i8] c"g_1013.f0\00", align 1
@g_1014 = internal global %union.U0 zeroinitializer, align 4
@.str.52 = private unnamed_addr constant [10 x i8] c"g_1014.f0\00", align 1
@g_1015 = internal global %union.U0 { i32 224612200 }, align 4
@.str.53 = private unnamed_addr constant [10 x i8] c"g_1015.f0\00", align 1
@g_1016 = internal global %union.U0 { i32 -1 }, align 4
@.str.54 = private unnamed_addr constant [10 x i8] c"g_1016.f0\00", align 1
@g_1017 = internal global %union.U0 { i32 -457505242 }, align 4
@.str.55 = private unnamed_addr constant [10 x i8] c"g_1017.f0\00", align 1
@g_1018 = internal global %union.U0 { i32 1 }, align 4
@.str.56 = private unnamed_addr constant [10 x i8] c"g_1018.f0\00", align 1
@g_1019 = internal global %union.U0 { i32 1 }, align 4
@.str.57 = private unnamed_addr constant [10 x i8] c"g_1019.f0\00", align 1
@g_1027 = internal global i16 -7, align 2
@.str.58 = private unnamed_addr constant [7 x i8] c"g_1027\00", align 1
@g_1126 = internal global i32 3, align 4
@.str.59 = private unnamed_addr constant [7 x i8] c"g_1126\00", align 1
@g_1233 = internal global i32 -323570805, align 4
@.str.60 = private unnamed_addr constant [7 x i8] c"g_1233\00", align 1
@g_1262 = internal global %union.U0 { i32 1 }, align 4
@.str.61 = private unnamed_addr constant [10 x i8] c"g_1262.f0\00", align 1
@g_1265 = internal global i8 31, align 1
@.str.62 = private unnamed_addr constant [7 x i8] c"g_1265\00", align 1
@g_1272 = internal global i16 5, align 2
@.str.63 = private unnamed_addr constant [7 x i8] c"g_1272\00", align 1
@g_1331 = internal global %union.U0 { i32 1 }, align 4
@.str.64 = private unnamed_addr constant [10 x i8] c"g_1331.f0\00", align 1
@g_1332 = internal global %union.U0 { i32 -1356594875 }, align 4
@.str.65 = private unnamed_addr constant [10 x i8] c"g_1332.f0\00", align 1
@g_1333 = internal global %union.U0 zeroinitializer, align 4
@.str.66 = private unnamed_addr constant [10 x i8] c"g_1333.f0\00", align 1
@g_1334 = internal global %union.U0 { i32 -1848363572 }, align 4
@.str.67 = private unnamed_addr constant [10 x i8] c"g_1334.f0\00", align 1
@g_1335 = internal global %union.U0 { i32 951042483 }, align 4
@.str.68 = private unnamed_addr constant [10 x i8] c"g_1335.f0\00", align 1
@g_1336 = internal global %union.U0 { i32 -1880418355 }, align 4
@.str.69 = private unnamed_addr constant [10 x i8] c"g_1336.f0\00", align 1
@g_1337 = internal global %union.U0 { i32 1968668110 }, align 4
@.str.70 = private unnamed_addr constant [10 x i8] c"g_1337.f0\00", align 1
@g_1338 = internal global %union.U0 { i32 -525204829 }, align 4
@.str.71 = private unnamed_addr constant [10 x i8] c"g_1338.f0\00", align 1
@g_1339 = internal global %union.U0 { i32 -825352388 }, align 4
@.str.72 = private unnamed_addr constant [10 x i8] c"g_1339.f0\00", align 1
@g_1340 = internal global %union.U0 zeroinitializer, align 4
@.str.73 = private unnamed_addr constant [10 x i8] c"g_1340.f0\00", align 1
@g_1341 = internal global %union.U0 { i32 632413771 }, align 4
@.str.74 = private unnamed_addr constant [10 x i8] c"g_1341.f0\00", align 1
@g_1342 = internal global %union.U0 { i32 88940185 }, align 4
@.str.75 = private unnamed_addr constant [10 x i8] c"g_1342.f0\00", align 1
@g_1343 = internal global %union.U0 { i32 -1 }, align 4
@.str.76 = private unnamed_addr constant [10 x i8] c"g_1343.f0\00", align 1
@g_1344 = internal global %union.U0 { i32 1 }, align 4
@.str.77 = private unnamed_addr constant [10 x i8] c"g_1344.f0\00", align 1
@g_1345 = internal global [2 x %union.U0] [%union.U0 { i32 -2 }, %union.U0 { i32 -2 }], align 4
@.str.78 = private unnamed_addr constant [13 x i8] c"g_1345[i].f0\00", align 1
@g_1346 = internal global %union.U0 { i32 287335013 }, align 4
@.str.79 = private unnamed_addr constant [10 x i8] c"g_1346.f0\00", align 1
@g_1347 = internal global %union.U0 { i32 5 }, align 4
@.str.80 = private unnamed_addr constant [10 x i8] c"g_1347.f0\00", align 1
@g_1348 = internal global %union.U0 { i32 1 }, align 4
@.str.81 = private unnamed_addr constant [10 x i8] c"g_1348.f0\00", align 1
@g_1349 = internal global %union.U0 { i32 1704041303 }, align 4
@.str.82 = private unnamed_addr constant [10 x i8] c"g_1349.f0\00", align 1
@g_1350 = internal global %union.U0 { i32 1 }, align 4
@.str.83 = private unnamed_addr constant [10 x i8] c"g_1350.f0\00", align 1
@g_1351 = internal global %union.U0 { i32 459067686 }, align 4
@.str.84 = private unnamed_addr constant [10 x i8] c"g_1351.f0\00", align 1
@g_1352 = internal global %union.U0 { i32 -10 }, align 4
@.str.85 = private unnamed_addr constant [10 x i8] c"g_1352.f0\00", align 1
@g_1353 = internal global [3 x [8 x %union.U0]] [[8 x %union.U0] [%union.U0 zeroinitializer, %union.U0 { i32 -274530925 }, %union.U0 zeroinitializer, %union.U0 { i32 -274530925 }, %union.U0 zeroinitializer, %union.U0 { i32 -274530925 }, %union.U0 zeroinitializer, %union.U0 { i32 -274530925 }], [8 x %union.U0] [%union.U0 zeroinitializer, %union.U0 { i32 -274530925 }, %union.U0 zeroinitializer, %union.U0 { i32 -274530925 }, %union.U0 zeroinitializer, %union.U0 { i32 -274530925 }, %union.U0 zeroinitializer, %union.U0 { i32 -274530925 }], [8 x %union.U0] [%union.U0 zeroinitializer, %union.U0 { i32 -274530925 }, %union.U0 zeroinitializer, %union.U0 { i32 -274530925 }, %union.U0 zeroinitializer, %union.U0 { i32 -274530925 }, %union.U0 zeroinitializer, %union.U0 { i32 -274530925 }]], align 16
@.str.86 = private unnamed_addr constant [16 x i8] c"g_1353[i][j].f0\00", align 1
@g_1354 = internal global %union.U0 { i32 -2079554876 }, align 4
@.str.87 = private unnamed_addr constant [10 x i8] c"g_1354.f0\00", align 1
@g_1355 = internal global %union.U0 zeroinitializer, align 4
@.str.88 = private unnamed_addr constant [10 x i8] c"g_1355.f0\00", align 1
@g_1356 = internal global %union.U0 { i32 1314752352 }, align 4
@.str.89 = private unnamed_addr constant [10 x i8] c"g_1356.f0\00", align 1
@g_1357 = internal global %union.U0 { i32 -646092048 }, align 4
@.str.90 = private unnamed_addr constant [10 x i8] c"g_1357.f0\00", align 1
@g_1358 = internal global %union.U0 zeroinitializer, align 4
@.str.91 = private unnamed_addr constant [10 x i8] c"g_1358.f0\00", align 1
@g_1359 = internal global [1 x %union.U0] [%union.U0 { i32 606829943 }], align 4
@.str.92 = private unnamed_addr constant [13 x i8] c"g_1359[i].f0\00", align 1
@g_1360 = internal global %union.U0 zeroinitializer, align 4
@.str.93 = private unnamed_addr constant [10 x i8] c"g_1360.f0\00", align 1
@g_1361 = internal global %union.U0 { i32 5 }, align 4
@.str.94 = private unnamed_addr constant [10 x i8] c"g_1361.f0\00", align 1
@g_1362 = internal global %union.U0 { i32 -1777495262 }, align 4
@.str.95 = private unnamed_addr constant [10 x i8] c"g_1362.f0\00", align 1
@g_1363 = internal global %union.U0 { i32 870697186 }, align 4
@.str.96 = private unnamed_addr constant [10 x i8] c"g_1363.f0\00", align 1
@g_1364 = internal global [10 x %union.U0] [%union.U0 { i32 -1805158022 }, %union.U0 { i32 1 }, %union.U0 { i32 1 }, %union.U0 { i32 -1805158022 }, %union.U0 { i32 1 }, %union.U0 { i32 1 }, %union.U0 { i32 -1805158022 }, %union.U0 { i32 1 }, %union.U0 { i32 1 }, %union.U0 { i32 -1805158022 }], align 16
@.str.97 = private unnamed_addr constant [13 x i8] c"g_1364[i].f0\00", align 1
@g_1365 = internal global %union.U0 zeroinitializer, align 4
@.str.98 = private unnamed_addr constant [10 x i8] c"g_1365.f0\00", align 1
@g_1366 = internal global %union.U0 { i32 4 }, align 4
@.str.99 = private unnamed_addr constant [10 x i8] c"g_1366.f0\00", align 1
@g_1367 = internal global %union.U0 { i32 -338887918 }, align 4
@.str.100 = private unnamed_addr constant [10 x i8] c"g_1367.f0\00", align 1
@g_1368 = internal global %union.U0 { i32 272605831 }, align 4
@.str.101 = private unnamed_addr constant [10 x i8] c"g_1368.f0\00", align 1
@g_1369 = internal global %union.U0 { i32 4 }, align 4
@.str.102 = private unnamed_addr constant [10 x i8] c"g_1369.f0\00", align 1
@g_1370 = internal global [1 x %union.U0] [%union.U0 { i32 -1 }], align 4
@.str.103 = private unnamed_addr constant [13 x i8] c"g_1370[i].f0\00", align 1
@g_1371 = internal global %union.U0 { i32 1 }, align 4
@.str.104 = private unnamed_addr constant [10 x i8] c"g_1371.f0\00", align 1
@g_1372 = internal global %union.U0 { i32 6 }, align 4
@.str.105 = private unnamed_addr constant [10 x i8] c"g_1372.f0\00", align 1
@g_1373 = internal global %union.U0 { i32 -1351530502 }, align 4
@.str.106 = private unnamed_addr constant [10 x i8] c"g_1373.f0\00", align 1
@g_1374 = internal global %union.U0 { i32 578833801 }, align 4
@.str.107 = private unnamed_addr constant [10 x i8] c"g_1374.f0\00", align 1
@g_1375 = internal global %union.U0 zeroinitializer, align 4
@.str.108 = private unnamed_addr constant [10 x i8] c"g_1375.f0\00", align 1
@g_1376 = internal global [2 x [2 x [7 x %union.U0]]] [[2 x [7 x %union.U0]] [[7 x %union.U0] [%union.U0 zeroinitializer, %union.U0 { i32 112362704 }, %union.U0 { i32 1 }, %union.U0 { i32 -1 }, %union.U0 { i32 -1 }, %union.U0 { i32 1 }, %union.U0 { i32 112362704 }], [7 x %union.U0] [%union.U0 zeroinitializer, %union.U0 { i32 606572822 }, %union.U0 { i32 -6 }, %union.U0 zeroinitializer, %union.U0 { i32 979638376 }, %union.U0 { i32 979638376 }, %union.U0 zeroinitializer]], [2 x [7 x %union.U0]] [[7 x %union.U0] [%union.U0 { i32 -6 }, %union.U0 { i32 112362704 }, %union.U0 { i32 -6 }, %union.U0 { i32 979638376 }, %union.U0 { i32 112362704 }, %union.U0 { i32 606572822 }, %union.U0 { i32 606572822 }], [7 x %union.U0] [%union.U0 { i32 112362704 }, %union.U0 zeroinitializer, %union.U0 { i32 1 }, %union.U0 zeroinitializer, %union.U0 { i32 112362704 }, %union.U0 { i32 -1 }, %union.U0 { i32 -6 }]]], align 16
@.str.109 = private unnamed_addr constant [19 x i8] c"g_1376[i][j][k].f0\00", align 1
@.str.110 = private unnamed_addr constant [22 x i8] c"index = [%d][%d][%d]\0A\00", align 1
@g_1377 = internal global %union.U0 { i32 1138226606 }, align 4
@.str.111 = private unnamed_addr constant [10 x i8] c"g_1377.f0\00", align 1
@g_1378 = internal global %union.U0 { i32 -225775149 }, align 4
@.str.112 = private unnamed_addr constant [10 x i8] c"g_1378.f0\00", align 1
@g_1379 = internal global [4 x [6 x %union.U0]] [[6 x %union.U0] [%union.U0 { i32 -169829753 }, %union.U0 { i32 -169829753 }, %union.U0 { i32 -3 }, %union.U0 { i32 4 }, %union.U0 { i32 -3 }, %union.U0 { i32 -169829753 }], [6 x %union.U0] [%union.U0 { i32 -3 }, %union.U0 { i32 -1724765053 }, %union.U0 { i32 4 }, %union.U0 { i32 4 }, %union.U0 { i32 -1724765053 }, %union.U0 { i32 -3 }], [6 x %union.U0] [%union.U0 { i32 -169829753 }, %union.U0 { i32 -3 }, %union.U0 { i32 4 }, %union.U0 { i32 -3 }, %union.U0 { i32 -169829753 }, %union.U0 { i32 -169829753 }], [6 x %union.U0] [%union.U0 { i32 3 }, %union.U0 { i32 -3 }, %union.U0 { i32 -3 }, %union.U0 { i32 3 }, %union.U0 { i32 -1724765053 }, %union.U0 { i32 3 }]], align 16
@.str.113 = private unnamed_addr constant [16 x i8] c"g_1379[i][j].f0\00", align 1
@g_1380 = internal global [5 x %union.U0] [%union.U0 { i32 1014109624 }, %union.U0 { i32 1014109624 }, %union.U0 { i32 1014109624 }, %union.U0 { i32 1014109624 }, %union.U0 { i32 1014109624 }], align 16
@.str.114 = private unnamed_addr constant [13 x i8] c"g_1380[i].f0\00", align 1
@g_1381 = internal global %union.U0 { i32 4 }, align 4
@.str.115 = private unnamed_addr constant [10 x i8] c"g_1381.f0\00", align 1
@g_1382 = internal global %union.U0 { i32 1002164239 }, align 4
@.str.116 = private unnamed_addr constant [10 x i8] c"g_1382.f0\00", align 1
@g_1383 = internal global %union.U0 { i32 468079586 }, align 4
@.str.117 = private unnamed_addr constant [10 x i8] c"g_1383.f0\00", align 1
@g_1384 = internal global %union.U0 { i32 266900594 }, align 4
@.str.118 = private unnamed_addr constant [10 x i8] c"g_1384.f0\00", align 1
@g_1385 = internal global [6 x %union.U0] [%union.U0 { i32 610543110 }, %union.U0 { i32 610543110 }, %union.U0 { i32 610543110 }, %union.U0 { i32 610543110 }, %union.U0 { i32 610543110 }, %union.U0 { i32 610543110 }], align 16
@.str.119 = private unnamed_addr constant [13 x i8] c"g_1385[i].f0\00", align 1
@g_1386 = internal global %union.U0 zeroinitializer, align 4
@.str.120 = private unnamed_addr constant [10 x i8] c"g_1386.f0\00", align 1
@g_1387 = internal global %union.U0 zeroinitializer, align 4
@.str.121 = private unnamed_addr constant [10 x i8] c"g_1387.f0\00", align 1
@g_1388 = internal global %union.U0 { i32 -4 }, align 4
@.str.122 = private unnamed_addr constant [10 x i8] c"g_1388.f0\00", align 1
@g_1389 = internal global %union.U0 { i32 1 }, align 4
@.str.123 = private unnamed_addr constant [10 x i8] c"g_1389.f0\00", align 1
@g_1390 = internal global %union.U0 { i32 -1 }, align 4
@.str.124 = private unnamed_addr constant [10 x i8] c"g_1390.f0\00", align 1
@g_1391 = internal global %union.U0 { i32 1293089946 }, align 4
@.str.125 = private unnamed_addr constant [10 x i8] c"g_1391.f0\00", align 1
@g_1392 = internal global [7 x %union.U0] [%union.U0 { i32 1704107088 }, %union.U0 { i32 1704107088 }, %union.U0 { i32 1704107088 }, %union.U0 { i32 1704107088 }, %union.U0 { i32 1704107088 }, %union.U0 { i32 1704107088 }, %union.U0 { i32 1704107088 }], align 16
@.str.126 = private unnamed_addr constant [13 x i8] c"g_1392[i].f0\00", align 1
@g_1393 = internal global %union.U0 { i32 1 }, align 4
@.str.127 = private unnamed_addr constant [10 x i8] c"g_1393.f0\00", align 1
@g_1394 = internal global %union.U0 { i32 -1731453656 }, align 4
@.str.128 = private unnamed_addr constant [10 x i8] c"g_1394.f0\00", align 1
@g_1395 = internal global %union.U0 { i32 7 }, align 4
@.str.129 = private unnamed_addr constant [10 x i8] c"g_1395.f0\00", align 1
@g_1396 = internal global %union.U0 { i32 -4 }, align 4
@.str.130 = private unnamed_addr constant [10 x i8] c"g_1396.f0\00", align 1
@g_1397 = internal global [3 x %union.U0] [%union.U0 { i32 -2111726452 }, %union.U0 { i32 -2111726452 }, %union.U0 { i32 -2111726452 }], align 4
@.str.131 = private unnamed_addr constant [13 x i8] c"g_1397[i].f0\00", align 1
@g_1398 = internal global [9 x %union.U0] [%union.U0 { i32 -9 }, %union.U0 { i32 -1037611435 }, %union.U0 { i32 -1037611435 }, %union.U0 { i32 -9 }, %union.U0 { i32 -1037611435 }, %union.U0 { i32 -1037611435 }, %union.U0 { i32 -9 }, %union.U0 { i32 -1037611435 }, %union.U0 { i32 -1037611435 }], align 16
@.str.132 = private unnamed_addr constant [13 x i8] c"g_1398[i].f0\00", align 1
@g_1399 = internal global %union.U0 { i32 -1997018905 }, align 4
@.str.133 = private unnamed_addr constant [10 x i8] c"g_1399.f0\00", align 1
@g_1400 = internal global %union.U0 { i32 487483775 }, align 4
@.str.134 = private unnamed_addr constant [10 x i8] c"g_1400.f0\00", align 1
@g_1401 = internal global %union.U0 { i32 -1680349905 }, align 4
@.str.135 = private unnamed_addr constant [10 x i8] c"g_1401.f0\00", align 1
@g_1402 = internal global [8 x [4 x %union.U0]] zeroinitializer, align 16
@.str.136 = private unnamed_addr constant [16 x i8] c"g_1402[i][j].f0\00", align 1
@g_1403 = internal global %union.U0 { i32 -6 }, align 4
@.str.137 = private unnamed_addr constant [10 x i8] c"g_1403.f0\00", align 1
@g_1404 = internal global %union.U0 { i32 -450263735 }, align 4
@.str.138 = private unnamed_addr constant [10 x i8] c"g_1404.f0\00", align 1
@g_1405 = internal global [9 x %union.U0] [%union.U0 { i32 1386844834 }, %union.U0 { i32 1386844834 }, %union.U0 { i32 1386844834 }, %union.U0 { i32 1386844834 }, %union.U0 { i32 1386844834 }, %union.U0 { i32 1386844834 }, %union.U0 { i32 1386844834 }, %union.U0 { i32 1386844834 }, %union.U0 { i32 1386844834 }], align 16
@.str.139 = private unnamed_addr constant [13 x i8] c"g_1405[i].f0\00", align 1
@g_1406 = internal global %union.U0 { i32 1623880153 }, align 4
@.str.140 = private unnamed_addr constant [10 x i8] c"g_1406.f0\00", align 1
@g_1484 = internal global i32 -389084937, align 4
@.str.141 = private unnamed_addr constant [7 x i8] c"g_1484\00", align 1
@g_1487 = internal global %union.U0 { i32 -4 }, align 4
@.str.142 = private unnamed_addr constant [10 x i8] c"g_1487.f0\00", align 1
@g_1560 = internal global i64 0, align 8
@.str.143 = private unnamed_addr constant [7 x i8] c"g_1560\00", align 1
@g_1662 = internal global [2 x i8] c"gg", align 1
@.str.144 = private unnamed_addr constant [10 x i8] c"g_1662[i]\00", align 1
@g_1750 = internal global i16 7, align 2
@.str.145 = private unnamed_addr constant [7 x i8] c"g_1750\00", align 1
@g_1752 = internal global [5 x i16] zeroinitializer, align 2
@.str.146 = private unnamed_addr constant [10 x i8] c"g_1752[i]\00", align 1
@g_1782 = internal global i32 1414358215, align 4
@.str.147 = private unnamed_addr constant [7 x i8] c"g_1782\00", align 1
@g_1931 = internal global [8 x i64] [i64 -7010760724697483734, i64 7968003108579193974, i64 -7010760724697483734, i64 -7010760724697483734, i64 7968003108579193974, i64 -7010760724697483734, i64 -7010760724697483734, i64 7968003108579193974], align 16
@.str.148 = private unnamed_addr constant [10 x i8] c"g_1931[i]\00", align 1
@g_1934 = internal global i64 8, align 8
@.str.149 = private unnamed_addr constant [7 x i8] c"g_1934\00", align 1
@g_1985 = internal constant [7 x [3 x i32]] [[3 x i32] [i32 1417072129, i32 4, i32 1], [3 x i32] [i32 -1, i32 -1, i32 1], [3 x i32] [i32 4, i32 1417072129, i32 1], [3 x i32] [i32 1417072129, i32 4, i32 1], [3 x i32] [i32 -1, i32 -1, i32 1], [3 x i32] [i32 4, i32 1417072129, i32 1], [3 x i32] [i32 1417072129, i32 4, i32 1]], align 16
@.str.150 = private unnamed_addr constant [13 x i8] c"g_1985[i][j]\00", align 1
@g_2024 = internal global %union.U0 { i32 -1644194224 }, align 4
@.str.151 = private unnamed_addr constant [10 x i8] c"g_2024.f0\00", align 1
@g_2049 = internal global %union.U0 { i32 387263668 }, align 4
@.str.152 = private unnamed_addr constant [10 x i8] c"g_2049.f0\00", align 1
@g_2171 = internal global %union.U0 { i32 1814724911 }, align 4
@.str.153 = private unnamed_addr constant [10 x i8] c"g_2171.f0\00", align 1
@g_2224 = internal constant [3 x [4 x [8 x i8]]] [[4 x [8 x i8]] [[8 x i8] c"\FF\89\01\FF\01\D9\01\FF", [8 x i8] c"R\01R!\FA\BA!\89", [8 x i8] c"\01\FF\BA\06\A8\95\FA\FF", [8 x i8] c"\01\89k\FA\FAk\89\01"], [4 x [8 x i8]] [[8 x i8] c"R\FF\FF\95\01\A8R\89", [8 x i8] c"\FF\95!\8A\95\A8\FA\A8", [8 x i8] c"\06\FF\00\FF\06k\8A\06", [8 x i8] c"\A8\89R\A8\01\95\FF\FF"], [4 x [8 x i8]] [[8 x i8] c"\89\FFR\8A\BA\BA\8AR", [8 x i8] c"\01\01\00\06\96\D9\FA\01", [8 x i8] c"\FF\89!\BA\FA!R\01", [8 x i8] c"\89\A8\FF\06\FF\A8\89R"]], align 16
@.str.154 = private unnamed_addr constant [16 x i8] c"g_2224[i][j][k]\00", align 1
@g_2308 = internal global %union.U0 { i32 1520218529 }, align 4
@.str.155 = private unnamed_addr constant [10 x i8] c"g_2308.f0\00", align 1
@g_2310 = internal global i16 4, align 2
@.str.156 = private unnamed_addr constant [7 x i8] c"g_2310\00", align 1
@g_2336 = internal global i64 -1, align 8
@.str.157 = private unnamed_addr constant [7 x i8] c"g_2336\00", align 1
@g_2337 = internal global %union.U0 { i32 1615442323 }, align 4
@.str.158 = private unnamed_addr constant [10 x i8] c"g_2337.f0\00", align 1
@g_2403 = internal constant %union.U0 { i32 -700156148 }, align 4
@.str.159 = private unnamed_addr constant [10 x i8] c"g_2403.f0\00", align 1
@.str.160 = private unnamed_addr constant [7 x i8] c"g_2419\00", align 1
@.str.161 = private unnamed_addr constant [7 x i8] c"g_2440\00", align 1
@g_2583 = internal global i16 30731, align 2
@.str.162 = private unnamed_addr constant [7 x i8] c"g_2583\00", align 1
@g_2612 = internal global [9 x [1 x i64]] [[1 x i64] [i64 -4], [1 x i64] [i64 3], [1 x i64] [i64 -4], [1 x i64] [i64 3], [1 x i64] [i64 -4], [1 x i64] [i64 3], [1 x i64] [i64 -4], [1 x i64] [i64 3], [1 x i64] [i64 -4]], align 16
@.str.163 = private unnamed_addr constant [13 x i8] c"g_2612[i][j]\00", align 1
@g_2646 = internal global [5 x [10 x [5 x i32]]] [[10 x [5 x i32]] [[5 x i32] [i32 677445472, i32 -913058161, i32 -4796808, i32 272916641, i32 -1719156402], [5 x i32] [i32 -225112797, i32 -391242482, i32 -2055181312, i32 -1920290282, i32 911440871], [5 x i32] [i32 -8, i32 -2, i32 -1329694836, i32 -1, i32 -4], [5 x i32] [i32 -1060820797, i32 926067118, i32 -1, i32 -1, i32 -323431032], [5 x i32] [i32 687646806, i32 524136157, i32 -391242482, i32 -1920290282, i32 -264373048], [5 x i32] [i32 847698548, i32 -52623023, i32 1, i32 272916641, i32 8], [5 x i32] [i32 106656256, i32 0, i32 0, i32 -1920290282, i32 -155343849], [5 x i32] [i32 -10, i32 8, i32 -175329610, i32 -1, i32 1701227905], [5 x i32] [i32 -1, i32 0, i32 926067118, i32 -1, i32 8], [5 x i32] [i32 18826128, i32 1, i32 1358388874, i32 -1920290282, i32 -8]], [10 x [5 x i32]] [[5 x i32] [i32 -10, i32 -175329610, i32 -716737457, i32 272916641, i32 0], [5 x i32] [i32 -1268512848, i32 7, i32 -2, i32 -1920290282, i32 0], [5 x i32] [i32 -1175478638, i32 0, i32 106656256, i32 1, i32 0], [5 x i32] [i32 36246049, i32 272916641, i32 -1920290282, i32 1, i32 554694070], [5 x i32] [i32 464270920, i32 -1360148248, i32 677445472, i32 36246049, i32 8], [5 x i32] [i32 2065403267, i32 0, i32 -1360148248, i32 -880098194, i32 -1], [5 x i32] [i32 1776498625, i32 -1453673211, i32 714262349, i32 36246049, i32 -1], [5 x i32] [i32 -62458404, i32 714262349, i32 0, i32 1, i32 -1], [5 x i32] [i32 -880098194, i32 -1920290282, i32 -1, i32 1, i32 570673371], [5 x i32] [i32 1001221105, i32 -1175478638, i32 -10, i32 36246049, i32 1]], [10 x [5 x i32]] [[5 x i32] [i32 2101998655, i32 -1268512848, i32 -8, i32 -880098194, i32 1014144261], [5 x i32] [i32 -118579041, i32 -10, i32 0, i32 36246049, i32 -1], [5 x i32] [i32 -1897429475, i32 18826128, i32 -225112797, i32 1, i32 -1], [5 x i32] [i32 1, i32 -1, i32 -1, i32 1, i32 26127452], [5 x i32] [i32 0, i32 -10, i32 1399231402, i32 36246049, i32 -1659151507], [5 x i32] [i32 -73134607, i32 106656256, i32 -1175478638, i32 -880098194, i32 0], [5 x i32] [i32 -1, i32 847698548, i32 18826128, i32 36246049, i32 -1], [5 x i32] [i32 6, i32 687646806, i32 -1268512848, i32 1, i32 -8], [5 x i32] [i32 1, i32 -1060820797, i32 272916641, i32 1, i32 -6], [5 x i32] [i32 -9, i32 -8, i32 847698548, i32 36246049, i32 6]], [10 x [5 x i32]] [[5 x i32] [i32 0, i32 -225112797, i32 1, i32 -880098194, i32 1892661514], [5 x i32] [i32 -9, i32 677445472, i32 3, i32 36246049, i32 -1], [5 x i32] [i32 -229324985, i32 0, i32 -607088359, i32 1, i32 -335589350], [5 x i32] [i32 -10, i32 -1, i32 -1060820797, i32 1, i32 -1], [5 x i32] [i32 -8, i32 1, i32 -1453673211, i32 36246049, i32 0], [5 x i32] [i32 -1714228341, i32 -607088359, i32 -10, i32 -880098194, i32 68213868], [5 x i32] [i32 0, i32 1399231402, i32 687646806, i32 36246049, i32 -959891516], [5 x i32] [i32 -1, i32 3, i32 106656256, i32 1, i32 0], [5 x i32] [i32 36246049, i32 272916641, i32 -1920290282, i32 1, i32 554694070], [5 x i32] [i32 464270920, i32 -1360148248, i32 677445472, i32 36246049, i32 8]], [10 x [5 x i32]] [[5 x i32] [i32 2065403267, i32 0, i32 -1360148248, i32 -880098194, i32 -1], [5 x i32] [i32 1776498625, i32 -1453673211, i32 714262349, i32 36246049, i32 -1], [5 x i32] [i32 -62458404, i32 714262349, i32 0, i32 1, i32 -1], [5 x i32] [i32 -880098194, i32 -1920290282, i32 -1, i32 1, i32 570673371], [5 x i32] [i32 1001221105, i32 -1175478638, i32 -10, i32 36246049, i32 1], [5 x i32] [i32 2101998655, i32 -1268512848, i32 -8, i32 -880098194, i32 1014144261], [5 x i32] [i32 -118579041, i32 -10, i32 0, i32 36246049, i32 -1], [5 x i32] [i32 -1897429475, i32 18826128, i32 -225112797, i32 1, i32 -1], [5 x i32] [i32 1, i32 -1, i32 -1, i32 1, i32 26127452], [5 x i32] [i32 0, i32 -10, i32 1399231402, i32 36246049, i32 -1659151507]]], align 16
@.str.164 = private unnamed_addr constant [16 x i8] c"g_2646[i][j][k]\00", align 1
@g_2658 = internal constant i64 1480158855456286608, align 8
@.str.165 = private unnamed_addr constant [7 x i8] c"g_2658\00", align 1
@g_2661 = internal global %union.U0 { i32 1 }, align 4
@.str.166 = private unnamed_addr constant [10 x i8] c"g_2661.f0\00", align 1
@g_2689 = internal global i32 -1264160232, align 4
@.str.167 = private unnamed_addr constant [7 x i8] c"g_2689\00", align 1
@crc32_context = internal global i32 -1, align 4
@crc32_tab = internal global [256 x i32] zeroinitializer, align 16
@g_1621 = internal global ptr @g_1622, align 8
@constinit = private constant [9 x ptr] [ptr null, ptr @g_4, ptr @g_4, ptr @g_4, ptr @g_4, ptr @g_4, ptr @g_4, ptr @g_4, ptr null], align 8
@g_1196 = internal global ptr @g_1197, align 8
@__const.func_13.l_2394 = private unnamed_addr constant [6 x ptr] [ptr @g_1196, ptr @g_1196, ptr @g_1196, ptr @g_1196, ptr @g_1196, ptr @g_1196], align 16
@g_2164 = internal global ptr @g_2165, align 8
@__const.func_13.l_2662 = private unnamed_addr constant [2 x [1 x [7 x ptr]]] [[1 x [7 x ptr]] [[7 x ptr] [ptr @g_1621, ptr @g_1621, ptr @g_1621, ptr @g_1621, ptr @g_1621, ptr @g_1621, ptr @g_1621]], [1 x [7 x ptr]] [[7 x ptr] [ptr @g_1621, ptr @g_1621, ptr @g_1621, ptr @g_1621, ptr @g_1621, ptr @g_1621, ptr @g_1621]]], align 16
@g_32 = internal global ptr @g_33, align 8
@g_2120 = internal global [6 x [1 x [2 x ptr]]] zeroinitializer, align 16
@g_1197 = internal global ptr @g_1198, align 8
@g_789 = internal global ptr @g_790, align 8
@g_787 = internal global ptr @g_788, align 8
@g_2260 = internal global ptr @g_2261, align 8
@__const.func_13.l_2285 = private unnamed_addr constant [5 x [7 x [7 x i32]]] [[7 x [7 x i32]] [[7 x i32] [i32 1, i32 -7, i32 1, i32 -668792789, i32 8, i32 -1758861165, i32 -1262203299], [7 x i32] [i32 1, i32 -7, i32 -1375478482, i32 -9, i32 -1939516758, i32 -668792789, i32 -1262203299], [7 x i32] [i32 1, i32 1, i32 1410471948, i32 -1758861165, i32 -1939516758, i32 -1758861165, i32 1410471948], [7 x i32] [i32 -301656426, i32 -301656426, i32 1410471948, i32 -9, i32 8, i32 1968332710, i32 -365180675], [7 x i32] [i32 -301656426, i32 1, i32 -1375478482, i32 -668792789, i32 2, i32 1968332710, i32 1410471948], [7 x i32] [i32 1, i32 -7, i32 1, i32 -668792789, i32 8, i32 -1758861165, i32 -1262203299], [7 x i32] [i32 1, i32 -7, i32 -1375478482, i32 -9, i32 -1939516758, i32 -576031713, i32 -301656426]], [7 x [7 x i32]] [[7 x i32] [i32 8, i32 3, i32 1, i32 406649761, i32 -1, i32 406649761, i32 1], [7 x i32] [i32 8, i32 8, i32 1, i32 -8, i32 0, i32 9, i32 1], [7 x i32] [i32 8, i32 3, i32 -7, i32 -576031713, i32 -686734046, i32 9, i32 1], [7 x i32] [i32 8, i32 2, i32 -589753844, i32 -576031713, i32 0, i32 406649761, i32 -301656426], [7 x i32] [i32 3, i32 2, i32 -7, i32 -8, i32 -1, i32 -576031713, i32 -301656426], [7 x i32] [i32 8, i32 3, i32 1, i32 406649761, i32 -1, i32 406649761, i32 1], [7 x i32] [i32 8, i32 8, i32 1, i32 -8, i32 0, i32 9, i32 1]], [7 x [7 x i32]] [[7 x i32] [i32 8, i32 3, i32 -7, i32 -576031713, i32 -686734046, i32 9, i32 1], [7 x i32] [i32 8, i32 2, i32 -589753844, i32 -576031713, i32 0, i32 406649761, i32 -301656426], [7 x i32] [i32 3, i32 2, i32 -7, i32 -8, i32 -1, i32 -576031713, i32 -301656426], [7 x i32] [i32 8, i32 3, i32 1, i32 406649761, i32 -1, i32 406649761, i32 1], [7 x i32] [i32 8, i32 8, i32 1, i32 -8, i32 0, i32 9, i32 1], [7 x i32] [i32 8, i32 3, i32 -7, i32 -576031713, i32 -686734046, i32 9, i32 1], [7 x i32] [i32 8, i32 2, i32 -589753844, i32 -576031713, i32 0, i32 406649761, i32 -301656426]], [7 x [7 x i32]] [[7 x i32] [i32 3, i32 2, i32 -7, i32 -8, i32 -1, i32 -576031713, i32 -301656426], [7 x i32] [i32 8, i32 3, i32 1, i32 406649761, i32 -1, i32 406649761, i32 1], [7 x i32] [i32 8, i32 8, i32 1, i32 -8, i32 0, i32 9, i32 1], [7 x i32] [i32 8, i32 3, i32 -7, i32 -576031713, i32 -686734046, i32 9, i32 1], [7 x i32] [i32 8, i32 2, i32 -589753844, i32 -576031713, i32 0, i32 406649761, i32 -301656426], [7 x i32] [i32 3, i32 2, i32 -7, i32 -8, i32 -1, i32 -576031713, i32 -301656426], [7 x i32] [i32 8, i32 3, i32 1, i32 406649761, i32 -1, i32 406649761, i32 1]], [7 x [7 x i32]] [[7 x i32] [i32 8, i32 8, i32 1, i32 -8, i32 0, i32 9, i32 1], [7 x i32] [i32 8, i32 3, i32 -7, i32 -576031713, i32 -686734046, i32 9, i32 1], [7 x i32] [i32 8, i32 2, i32 -589753844, i32 -576031713, i32 0, i32 406649761, i32 -301656426], [7 x i32] [i32 3, i32 2, i32 -7, i32 -8, i32 -1, i32 -576031713, i32 -301656426], [7 x i32] [i32 8, i32 3, i32 1, i32 406649761, i32 -1, i32 406649761, i32 1], [7 x i32] [i32 8, i32 8, i32 1, i32 -8, i32 0, i32 9, i32 1], [7 x i32] [i32 0, i32 -946260802, i32 2, i32 -1375478482, i32 -298631075, i32 1, i32 8]]], align 16
@g_725 = internal global ptr @g_141, align 8
@__const.func_13.l_2353 = private unnamed_addr constant [4 x [3 x [6 x i16]]] [[3 x [6 x i16]] [[6 x i16] [i16 -1, i16 -31674, i16 -1, i16 -4, i16 -4, i16 -1], [6 x i16] [i16 -18479, i16 -18479, i16 -4, i16 -26688, i16 -4, i16 -18479], [6 x i16] [i16 -4, i16 -31674, i16 -26688, i16 -26688, i16 -31674, i16 -4]], [3 x [6 x i16]] [[6 x i16] [i16 -18479, i16 -4, i16 -26688, i16 -4, i16 -18479, i16 -18479], [6 x i16] [i16 -1, i16 -4, i16 -4, i16 -1, i16 -31674, i16 -1], [6 x i16] [i16 -1, i16 -31674, i16 -1, i16 -4, i16 -4, i16 -1]], [3 x [6 x i16]] [[6 x i16] [i16 -18479, i16 -18479, i16 -4, i16 -26688, i16 -4, i16 -18479], [6 x i16] [i16 -4, i16 -31674, i16 -26688, i16 -26688, i16 -31674, i16 -4], [6 x i16] [i16 -18479, i16 -4, i16 -26688, i16 -4, i16 -18479, i16 -18479]], [3 x [6 x i16]] [[6 x i16] [i16 -1, i16 -4, i16 -4, i16 -1, i16 -31674, i16 -1], [6 x i16] [i16 -1, i16 -31674, i16 -1, i16 -4, i16 -4, i16 -1], [6 x i16] [i16 -18479, i16 -18479, i16 -4, i16 -26688, i16 -4, i16 -18479]]], align 16
@__const.func_13.l_2578 = private unnamed_addr constant [7 x [4 x i32]] [[4 x i32] [i32 -7, i32 -7, i32 -7, i32 -7], [4 x i32] [i32 -7, i32 -7, i32 -7, i32 -7], [4 x i32] [i32 -7, i32 -7, i32 -7, i32 -7], [4 x i32] [i32 -7, i32 -7, i32 -7, i32 -7], [4 x i32] [i32 -7, i32 -7, i32 -7, i32 -7], [4 x i32] [i32 -7, i32 -7, i32 -7, i32 -7], [4 x i32] [i32 -7, i32 -7, i32 -7, i32 -7]], align 16
@__const.func_13.l_2701 = private unnamed_addr constant [9 x [8 x i8]] [[8 x i8] c"\EB\FC\FC\EB\F9s\00\A0", [8 x i8] c"\A9\01v\F9\FD\F9v\01", [8 x i8] c"\FC\01\A0v\FFs__", [8 x i8] c"\A0\FC\1D\1D\FC\A0_\FD", [8 x i8] c"\00\1D\A0sv\A9vs", [8 x i8] c"v\A9vs\A0\1D\00\FD", [8 x i8] c"_\A0\FC\1D\1D\FC\A0_", [8 x i8] c"_s\FFv\A0\01\FC\01", [8 x i8] c"v\F9\FD\F9v\01\A9\A0"], align 16
@g_1248 = internal global ptr @g_279, align 8
@g_128 = internal global ptr @g_129, align 8
@g_1480 = internal global ptr @g_1481, align 8
@__const.func_13.l_2335 = private unnamed_addr constant [4 x ptr] [ptr @g_2336, ptr @g_2336, ptr @g_2336, ptr @g_2336], align 16
@g_2261 = internal global ptr @g_2262, align 8
@g_1622 = internal global ptr @g_1248, align 8
@g_1024 = internal global ptr @g_1025, align 8
@g_2163 = internal global ptr @g_2164, align 8
@__const.func_13.l_2377 = private unnamed_addr constant [9 x [2 x i16]] [[2 x i16] [i16 17925, i16 9310], [2 x i16] [i16 25495, i16 25495], [2 x i16] [i16 1, i16 25495], [2 x i16] [i16 25495, i16 9310], [2 x i16] [i16 17925, i16 24413], [2 x i16] [i16 1, i16 17925], [2 x i16] [i16 24413, i16 9310], [2 x i16] [i16 24413, i16 17925], [2 x i16] [i16 1, i16 24413]], align 16
@g_1532 = internal global [6 x [1 x [5 x ptr]]] [[1 x [5 x ptr]] [[5 x ptr] [ptr @g_430, ptr @g_717, ptr null, ptr null, ptr null]], [1 x [5 x ptr]] [[5 x ptr] [ptr null, ptr null, ptr null, ptr @g_430, ptr @g_430]], [1 x [5 x ptr]] [[5 x ptr] [ptr @g_717, ptr @g_717, ptr null, ptr @g_430, ptr @g_430]], [1 x [5 x ptr]] [[5 x ptr] [ptr @g_717, ptr null, ptr null, ptr null, ptr @g_717]], [1 x [5 x ptr]] [[5 x ptr] [ptr @g_430, ptr @g_717, ptr @g_430, ptr @g_717, ptr null]], [1 x [5 x ptr]] [[5 x ptr] [ptr @g_430, ptr null, ptr @g_430, ptr @g_717, ptr @g_717]]], align 16
@g_2262 = internal global ptr @g_725, align 8
@g_33 = internal global ptr @g_31, align 8
@g_1025 = internal global ptr @g_1026, align 8
@g_2165 = internal global ptr @g_130, align 8
@__const.func_13.l_2436 = private unnamed_addr constant [6 x [8 x i64]] [[8 x i64] [i64 -4945230274669612247, i64 -5036741840099250280, i64 -6752173363251742381, i64 0, i64 -5036741840099250280, i64 1327702374093285673, i64 -5036741840099250280, i64 0], [8 x i64] [i64 4496984621631084234, i64 -5036741840099250280, i64 4496984621631084234, i64 -4, i64 -4945230274669612247, i64 4496984621631084234, i64 -4365127118999142959, i64 1], [8 x i64] [i64 6919160966709338223, i64 -4, i64 1, i64 -4945230274669612247, i64 4, i64 4, i64 -4945230274669612247, i64 1], [8 x i64] [i64 6919160966709338223, i64 6919160966709338223, i64 1327702374093285673, i64 0, i64 -4945230274669612247, i64 7665720684357289537, i64 6919160966709338223, i64 -4945230274669612247], [8 x i64] [i64 4496984621631084234, i64 -4945230274669612247, i64 -4, i64 4496984621631084234, i64 -5036741840099250280, i64 4496984621631084234, i64 -4, i64 -4945230274669612247], [8 x i64] [i64 -4945230274669612247, i64 -4365127118999142959, i64 1, i64 0, i64 -4365127118999142959, i64 -4, i64 -5036741840099250280, i64 1]], align 16
@__const.func_13.l_2443 = private unnamed_addr constant [5 x i32] [i32 1454197066, i32 1454197066, i32 1454197066, i32 1454197066, i32 1454197066], align 16
@g_1198 = internal global ptr @g_174, align 8
@g_130 = internal global ptr @g_40, align 8
@__const.func_13.l_2504 = private unnamed_addr constant [10 x [8 x i32]] [[8 x i32] [i32 -1034429417, i32 830250148, i32 -1792368702, i32 -10, i32 167475036, i32 -10, i32 -1792368702, i32 830250148], [8 x i32] [i32 -5, i32 -1707624601, i32 -10, i32 -4, i32 167475036, i32 830250148, i32 -1248726756, i32 -1248726756], [8 x i32] [i32 -10, i32 2119055419, i32 -5, i32 -5, i32 2119055419, i32 -10, i32 -1248726756, i32 -540666421], [8 x i32] [i32 -1792368702, i32 -5, i32 -10, i32 830250148, i32 -4, i32 -1005118868, i32 -4, i32 830250148], [8 x i32] [i32 -4, i32 -1005118868, i32 -4, i32 830250148, i32 -10, i32 -5, i32 -1792368702, i32 -540666421], [8 x i32] [i32 -1248726756, i32 -10, i32 2119055419, i32 -5, i32 -5, i32 2119055419, i32 -10, i32 -1248726756], [8 x i32] [i32 -1248726756, i32 830250148, i32 167475036, i32 -4, i32 -10, i32 -1707624601, i32 2119055419, i32 -1707624601], [8 x i32] [i32 -4, i32 -1034429417, i32 -540666421, i32 -1034429417, i32 -4, i32 -1707624601, i32 -1005118868, i32 -10], [8 x i32] [i32 -1792368702, i32 830250148, i32 -1034429417, i32 -1595308427, i32 2119055419, i32 2119055419, i32 -1595308427, i32 -1034429417], [8 x i32] [i32 -10, i32 -10, i32 -1034429417, i32 -1248726756, i32 167475036, i32 -5, i32 -1005118868, i32 -1792368702]], align 16
@__const.func_13.l_2541 = private unnamed_addr constant [1 x [5 x [4 x ptr]]] [[5 x [4 x ptr]] [[4 x ptr] [ptr @g_1622, ptr @g_1622, ptr @g_1622, ptr @g_1622], [4 x ptr] [ptr @g_1622, ptr @g_1622, ptr @g_1622, ptr @g_1622], [4 x ptr] [ptr @g_1622, ptr @g_1622, ptr @g_1622, ptr @g_1622], [4 x ptr] [ptr @g_1622, ptr @g_1622, ptr @g_1622, ptr @g_1622], [4 x ptr] [ptr @g_1622, ptr @g_1622, ptr @g_1622, ptr @g_1622]]], align 16
@g_1023 = internal global ptr @g_1024, align 8
@g_2250 = internal global ptr @g_1621, align 8
@__const.func_34.l_2222 = private unnamed_addr constant [4 x [6 x ptr]] [[6 x ptr] [ptr @g_248, ptr @g_248, ptr @g_248, ptr @g_248, ptr @g_248, ptr @g_248], [6 x ptr] [ptr @g_248, ptr @g_248, ptr @g_248, ptr @g_248, ptr @g_248, ptr @g_248], [6 x ptr] [ptr @g_248, ptr @g_248, ptr @g_248, ptr @g_248, ptr @g_248, ptr @g_248], [6 x ptr] [ptr @g_248, ptr @g_248, ptr @g_248, ptr @g_248, ptr @g_248, ptr @g_248]], align 16
@__const.func_34.l_2186 = private unnamed_addr constant [7 x [9 x [4 x i32]]] [[9 x [4 x i32]] [[4 x i32] [i32 -961896979, i32 -6, i32 -4, i32 1], [4 x i32] [i32 -853057270, i32 1, i32 -1862839501, i32 1], [4 x i32] [i32 4, i32 1, i32 1, i32 1344365508], [4 x i32] [i32 -1764427075, i32 1, i32 762479817, i32 -880577235], [4 x i32] [i32 1, i32 1872839947, i32 356544667, i32 3], [4 x i32] [i32 1, i32 1317867526, i32 762479817, i32 -958101491], [4 x i32] [i32 -1764427075, i32 3, i32 1, i32 1], [4 x i32] [i32 4, i32 -6, i32 -1862839501, i32 -4], [4 x i32] [i32 -853057270, i32 762479817, i32 -4, i32 8]], [9 x [4 x i32]] [[4 x i32] [i32 -961896979, i32 -853057270, i32 -853057270, i32 -961896979], [4 x i32] [i32 1, i32 9, i32 -6, i32 1990874615], [4 x i32] [i32 1344365508, i32 -9, i32 1872839947, i32 -545999567], [4 x i32] [i32 -958101491, i32 -4, i32 -961896979, i32 -545999567], [4 x i32] [i32 1, i32 -9, i32 4, i32 1990874615], [4 x i32] [i32 -6, i32 9, i32 -958101491, i32 -961896979], [4 x i32] [i32 9, i32 -853057270, i32 357286409, i32 8], [4 x i32] [i32 3, i32 762479817, i32 9, i32 -4], [4 x i32] [i32 -5, i32 -961896979, i32 -880577235, i32 1872839947]], [9 x [4 x i32]] [[4 x i32] [i32 762479817, i32 1, i32 -961896979, i32 9], [4 x i32] [i32 1990874615, i32 1, i32 356544667, i32 1], [4 x i32] [i32 357286409, i32 -6, i32 356544667, i32 1990874615], [4 x i32] [i32 1990874615, i32 -545999567, i32 -961896979, i32 -4], [4 x i32] [i32 762479817, i32 -1764427075, i32 -880577235, i32 -6], [4 x i32] [i32 -880577235, i32 -6, i32 1, i32 -545999567], [4 x i32] [i32 1, i32 357286409, i32 9, i32 9], [4 x i32] [i32 -1629818901, i32 -1629818901, i32 9, i32 -1764427075], [4 x i32] [i32 -961896979, i32 1872839947, i32 -1634586688, i32 1]], [9 x [4 x i32]] [[4 x i32] [i32 -1764427075, i32 -4, i32 -853057270, i32 -1634586688], [4 x i32] [i32 9, i32 -4, i32 -6, i32 1], [4 x i32] [i32 -4, i32 1872839947, i32 357286409, i32 -1764427075], [4 x i32] [i32 1, i32 -1629818901, i32 -9, i32 9], [4 x i32] [i32 -853057270, i32 357286409, i32 8, i32 -545999567], [4 x i32] [i32 -9, i32 -6, i32 762479817, i32 -6], [4 x i32] [i32 -1634586688, i32 -1764427075, i32 -545999567, i32 -4], [4 x i32] [i32 -958101491, i32 -545999567, i32 1344365508, i32 1990874615], [4 x i32] [i32 -6, i32 -6, i32 1, i32 1]], [9 x [4 x i32]] [[4 x i32] [i32 -6, i32 1, i32 1344365508, i32 9], [4 x i32] [i32 -958101491, i32 1, i32 -545999567, i32 1872839947], [4 x i32] [i32 -1634586688, i32 -961896979, i32 762479817, i32 8], [4 x i32] [i32 -9, i32 1344365508, i32 8, i32 356544667], [4 x i32] [i32 -853057270, i32 -9, i32 -9, i32 -853057270], [4 x i32] [i32 1, i32 1, i32 357286409, i32 3], [4 x i32] [i32 -4, i32 -1862839501, i32 -6, i32 4], [4 x i32] [i32 9, i32 8, i32 -853057270, i32 4], [4 x i32] [i32 -1764427075, i32 -1862839501, i32 -1634586688, i32 3]], [9 x [4 x i32]] [[4 x i32] [i32 -961896979, i32 1, i32 9, i32 -853057270], [4 x i32] [i32 -1629818901, i32 -9, i32 9, i32 356544667], [4 x i32] [i32 1, i32 1344365508, i32 1, i32 8], [4 x i32] [i32 -880577235, i32 -961896979, i32 -880577235, i32 1872839947], [4 x i32] [i32 762479817, i32 1, i32 -961896979, i32 9], [4 x i32] [i32 1990874615, i32 1, i32 356544667, i32 1], [4 x i32] [i32 357286409, i32 -6, i32 356544667, i32 1990874615], [4 x i32] [i32 1990874615, i32 -545999567, i32 -961896979, i32 -4], [4 x i32] [i32 762479817, i32 -1764427075, i32 -880577235, i32 -6]], [9 x [4 x i32]] [[4 x i32] [i32 -880577235, i32 -6, i32 1, i32 -545999567], [4 x i32] [i32 1, i32 357286409, i32 9, i32 9], [4 x i32] [i32 -1629818901, i32 -1629818901, i32 9, i32 -1764427075], [4 x i32] [i32 -961896979, i32 1872839947, i32 -1634586688, i32 1], [4 x i32] [i32 -1764427075, i32 -4, i32 -853057270, i32 -1634586688], [4 x i32] [i32 9, i32 -4, i32 -6, i32 1], [4 x i32] [i32 -4, i32 1872839947, i32 357286409, i32 -1764427075], [4 x i32] [i32 1, i32 -1629818901, i32 -9, i32 9], [4 x i32] [i32 -853057270, i32 357286409, i32 8, i32 -545999567]]], align 16
@g_2170 = internal global ptr @g_130, align 8
@g_610 = internal global ptr null, align 8
@g_840 = internal global ptr getelementptr (i8, ptr @g_838, i64 10), align 8
@__const.func_42.l_2060 = private unnamed_addr constant [1 x [7 x i32]] [[7 x i32] [i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1]], align 16
@__const.func_42.l_2094 = private unnamed_addr constant [10 x [7 x ptr]] [[7 x ptr] [ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr null], [7 x ptr] [ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr null], [7 x ptr] [ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr null], [7 x ptr] [ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr null], [7 x ptr] [ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr null], [7 x ptr] [ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr null], [7 x ptr] [ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr null], [7 x ptr] [ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr null], [7 x ptr] [ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr null], [7 x ptr] [ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr null]], align 16
@__const.func_42.l_2030 = private unnamed_addr constant [6 x [3 x ptr]] [[3 x ptr] [ptr getelementptr (i8, ptr @g_172, i64 14), ptr getelementptr (i8, ptr @g_172, i64 10), ptr getelementptr (i8, ptr @g_172, i64 10)], [3 x ptr] [ptr getelementptr (i8, ptr @g_172, i64 14), ptr getelementptr (i8, ptr @g_172, i64 2), ptr getelementptr (i8, ptr @g_172, i64 8)], [3 x ptr] [ptr getelementptr (i8, ptr @g_172, i64 14), ptr @g_1272, ptr getelementptr (i8, ptr @g_172, i64 14)], [3 x ptr] [ptr getelementptr (i8, ptr @g_172, i64 14), ptr getelementptr (i8, ptr @g_172, i64 10), ptr getelementptr (i8, ptr @g_172, i64 10)], [3 x ptr] [ptr getelementptr (i8, ptr @g_172, i64 14), ptr getelementptr (i8, ptr @g_172, i64 2), ptr getelementptr (i8, ptr @g_172, i64 8)], [3 x ptr] [ptr getelementptr (i8, ptr @g_172, i64 14), ptr @g_1272, ptr getelementptr (i8, ptr @g_172, i64 14)]], align 16
@__const.func_42.l_2045 = private unnamed_addr constant [10 x [5 x [5 x ptr]]] [[5 x [5 x ptr]] [[5 x ptr] [ptr getelementptr (i8, ptr @g_338, i64 36), ptr getelementptr (i8, ptr @g_338, i64 56), ptr @g_273, ptr getelementptr (i8, ptr @g_338, i64 12), ptr @g_273], [5 x ptr] [ptr @g_273, ptr getelementptr (i8, ptr @g_338, i64 28), ptr getelementptr (i8, ptr @g_338, i64 28), ptr @g_273, ptr null], [5 x ptr] [ptr getelementptr (i8, ptr @g_338, i64 28), ptr getelementptr (i8, ptr @g_338, i64 28), ptr @g_273, ptr @g_273, ptr getelementptr (i8, ptr @g_338, i64 28)], [5 x ptr] [ptr getelementptr (i8, ptr @g_338, i64 28), ptr getelementptr (i8, ptr @g_338, i64 28), ptr getelementptr (i8, ptr @g_338, i64 64), ptr null, ptr getelementptr (i8, ptr @g_338, i64 56)], [5 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_338, i64 56), ptr getelementptr (i8, ptr @g_338, i64 28), ptr @g_273, ptr null]], [5 x [5 x ptr]] [[5 x ptr] [ptr null, ptr null, ptr null, ptr @g_273, ptr null], [5 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_338, i64 28), ptr getelementptr (i8, ptr @g_338, i64 60), ptr getelementptr (i8, ptr @g_338, i64 12), ptr getelementptr (i8, ptr @g_338, i64 56)], [5 x ptr] [ptr getelementptr (i8, ptr @g_338, i64 28), ptr null, ptr null, ptr getelementptr (i8, ptr @g_338, i64 28), ptr getelementptr (i8, ptr @g_338, i64 32)], [5 x ptr] [ptr getelementptr (i8, ptr @g_338, i64 28), ptr getelementptr (i8, ptr @g_338, i64 28), ptr getelementptr (i8, ptr @g_338, i64 28), ptr getelementptr (i8, ptr @g_338, i64 8), ptr getelementptr (i8, ptr @g_338, i64 56)], [5 x ptr] [ptr @g_273, ptr null, ptr getelementptr (i8, ptr @g_338, i64 64), ptr getelementptr (i8, ptr @g_338, i64 64), ptr null]], [5 x [5 x ptr]] [[5 x ptr] [ptr getelementptr (i8, ptr @g_338, i64 36), ptr getelementptr (i8, ptr @g_338, i64 28), ptr @g_273, ptr @g_273, ptr null], [5 x ptr] [ptr getelementptr (i8, ptr @g_338, i64 4), ptr null, ptr getelementptr (i8, ptr @g_338, i64 28), ptr getelementptr (i8, ptr @g_338, i64 64), ptr getelementptr (i8, ptr @g_338, i64 56)], [5 x ptr] [ptr getelementptr (i8, ptr @g_338, i64 28), ptr getelementptr (i8, ptr @g_338, i64 28), ptr @g_273, ptr getelementptr (i8, ptr @g_338, i64 8), ptr getelementptr (i8, ptr @g_338, i64 28)], [5 x ptr] [ptr getelementptr (i8, ptr @g_338, i64 4), ptr null, ptr @g_273, ptr getelementptr (i8, ptr @g_338, i64 28), ptr null], [5 x ptr] [ptr getelementptr (i8, ptr @g_338, i64 36), ptr getelementptr (i8, ptr @g_338, i64 56), ptr @g_273, ptr getelementptr (i8, ptr @g_338, i64 12), ptr @g_273]], [5 x [5 x ptr]] [[5 x ptr] [ptr @g_273, ptr getelementptr (i8, ptr @g_338, i64 28), ptr getelementptr (i8, ptr @g_338, i64 28), ptr @g_273, ptr null], [5 x ptr] [ptr getelementptr (i8, ptr @g_338, i64 28), ptr getelementptr (i8, ptr @g_338, i64 28), ptr @g_273, ptr @g_273, ptr getelementptr (i8, ptr @g_338, i64 28)], [5 x ptr] [ptr getelementptr (i8, ptr @g_338, i64 28), ptr getelementptr (i8, ptr @g_338, i64 28), ptr getelementptr (i8, ptr @g_338, i64 64), ptr null, ptr getelementptr (i8, ptr @g_338, i64 56)], [5 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_338, i64 56), ptr getelementptr (i8, ptr @g_338, i64 28), ptr @g_273, ptr null], [5 x ptr] [ptr null, ptr null, ptr null, ptr @g_273, ptr getelementptr (i8, ptr @g_338, i64 68)]], [5 x [5 x ptr]] [[5 x ptr] [ptr getelementptr (i8, ptr @g_338, i64 24), ptr getelementptr (i8, ptr @g_338, i64 48), ptr @g_273, ptr null, ptr getelementptr (i8, ptr @g_338, i64 28)], [5 x ptr] [ptr null, ptr null, ptr null, ptr @g_273, ptr getelementptr (i8, ptr @g_338, i64 68)], [5 x ptr] [ptr @g_273, ptr @g_273, ptr getelementptr (i8, ptr @g_338, i64 28), ptr getelementptr (i8, ptr @g_338, i64 28), ptr getelementptr (i8, ptr @g_338, i64 28)], [5 x ptr] [ptr getelementptr (i8, ptr @g_338, i64 28), ptr getelementptr (i8, ptr @g_338, i64 68), ptr getelementptr (i8, ptr @g_338, i64 56), ptr getelementptr (i8, ptr @g_338, i64 56), ptr getelementptr (i8, ptr @g_338, i64 68)], [5 x ptr] [ptr null, ptr @g_273, ptr null, ptr getelementptr (i8, ptr @g_338, i64 56), ptr @g_273]], [5 x [5 x ptr]] [[5 x ptr] [ptr getelementptr (i8, ptr @g_338, i64 28), ptr null, ptr null, ptr getelementptr (i8, ptr @g_338, i64 56), ptr @g_273], [5 x ptr] [ptr getelementptr (i8, ptr @g_338, i64 28), ptr getelementptr (i8, ptr @g_338, i64 48), ptr getelementptr (i8, ptr @g_338, i64 56), ptr getelementptr (i8, ptr @g_338, i64 28), ptr @g_273], [5 x ptr] [ptr getelementptr (i8, ptr @g_338, i64 28), ptr @g_338, ptr getelementptr (i8, ptr @g_338, i64 32), ptr @g_273, ptr null], [5 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_338, i64 28), ptr getelementptr (i8, ptr @g_338, i64 56), ptr null, ptr null], [5 x ptr] [ptr getelementptr (i8, ptr @g_338, i64 28), ptr null, ptr null, ptr getelementptr (i8, ptr @g_338, i64 28), ptr null]], [5 x [5 x ptr]] [[5 x ptr] [ptr @g_273, ptr @g_273, ptr null, ptr null, ptr @g_273], [5 x ptr] [ptr null, ptr null, ptr getelementptr (i8, ptr @g_338, i64 56), ptr null, ptr @g_273], [5 x ptr] [ptr getelementptr (i8, ptr @g_338, i64 24), ptr getelementptr (i8, ptr @g_338, i64 28), ptr getelementptr (i8, ptr @g_338, i64 28), ptr null, ptr @g_273], [5 x ptr] [ptr getelementptr (i8, ptr @g_338, i64 32), ptr @g_338, ptr null, ptr getelementptr (i8, ptr @g_338, i64 28), ptr getelementptr (i8, ptr @g_338, i64 68)], [5 x ptr] [ptr getelementptr (i8, ptr @g_338, i64 24), ptr getelementptr (i8, ptr @g_338, i64 48), ptr @g_273, ptr null, ptr getelementptr (i8, ptr @g_338, i64 28)]], [5 x [5 x ptr]] [[5 x ptr] [ptr null, ptr null, ptr null, ptr @g_273, ptr getelementptr (i8, ptr @g_338, i64 68)], [5 x ptr] [ptr @g_273, ptr @g_273, ptr getelementptr (i8, ptr @g_338, i64 28), ptr getelementptr (i8, ptr @g_338, i64 28), ptr getelementptr (i8, ptr @g_338, i64 28)], [5 x ptr] [ptr getelementptr (i8, ptr @g_338, i64 28), ptr getelementptr (i8, ptr @g_338, i64 68), ptr getelementptr (i8, ptr @g_338, i64 56), ptr getelementptr (i8, ptr @g_338, i64 56), ptr getelementptr (i8, ptr @g_338, i64 68)], [5 x ptr] [ptr null, ptr @g_273, ptr null, ptr getelementptr (i8, ptr @g_338, i64 56), ptr @g_273], [5 x ptr] [ptr getelementptr (i8, ptr @g_338, i64 28), ptr null, ptr null, ptr getelementptr (i8, ptr @g_338, i64 56), ptr @g_273]], [5 x [5 x ptr]] [[5 x ptr] [ptr getelementptr (i8, ptr @g_338, i64 28), ptr getelementptr (i8, ptr @g_338, i64 48), ptr getelementptr (i8, ptr @g_338, i64 56), ptr getelementptr (i8, ptr @g_338, i64 28), ptr @g_273], [5 x ptr] [ptr getelementptr (i8, ptr @g_338, i64 28), ptr @g_338, ptr getelementptr (i8, ptr @g_338, i64 32), ptr @g_273, ptr null], [5 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_338, i64 28), ptr getelementptr (i8, ptr @g_338, i64 56), ptr null, ptr null], [5 x ptr] [ptr getelementptr (i8, ptr @g_338, i64 28), ptr null, ptr null, ptr getelementptr (i8, ptr @g_338, i64 28), ptr null], [5 x ptr] [ptr @g_273, ptr @g_273, ptr null, ptr null, ptr @g_273]], [5 x [5 x ptr]] [[5 x ptr] [ptr null, ptr null, ptr getelementptr (i8, ptr @g_338, i64 56), ptr null, ptr @g_273], [5 x ptr] [ptr getelementptr (i8, ptr @g_338, i64 24), ptr getelementptr (i8, ptr @g_338, i64 28), ptr getelementptr (i8, ptr @g_338, i64 28), ptr null, ptr @g_273], [5 x ptr] [ptr getelementptr (i8, ptr @g_338, i64 32), ptr @g_338, ptr null, ptr getelementptr (i8, ptr @g_338, i64 28), ptr getelementptr (i8, ptr @g_338, i64 68)], [5 x ptr] [ptr getelementptr (i8, ptr @g_338, i64 24), ptr getelementptr (i8, ptr @g_338, i64 48), ptr @g_273, ptr null, ptr getelementptr (i8, ptr @g_338, i64 28)], [5 x ptr] [ptr null, ptr null, ptr null, ptr @g_273, ptr getelementptr (i8, ptr @g_338, i64 68)]]], align 16
@constinit.168 = private constant [10 x ptr] [ptr null, ptr @g_816, ptr @g_816, ptr @g_45, ptr getelementptr (i8, ptr @g_49, i64 60), ptr @g_4, ptr @g_4, ptr @g_816, ptr @g_248, ptr null], align 8
@constinit.169 = private constant [10 x ptr] [ptr @g_45, ptr @g_41, ptr @g_4, ptr @g_45, ptr @g_45, ptr null, ptr @g_45, ptr @g_45, ptr @g_4, ptr @g_41], align 8
@constinit.170 = private constant [10 x ptr] [ptr @g_816, ptr @g_45, ptr @g_816, ptr @g_816, ptr null, ptr @g_45, ptr getelementptr (i8, ptr @g_49, i64 60), ptr @g_248, ptr @g_816, ptr null], align 8
@constinit.171 = private constant [10 x ptr] [ptr getelementptr (i8, ptr @g_49, i64 60), ptr @g_45, ptr @g_41, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null], align 8
@constinit.172 = private constant [10 x ptr] [ptr @g_1233, ptr @g_41, ptr @g_45, ptr @g_45, ptr @g_41, ptr @g_1233, ptr null, ptr @g_248, ptr @g_816, ptr null], align 8
@constinit.173 = private constant [10 x ptr] [ptr @g_816, ptr @g_45, ptr @g_816, ptr @g_816, ptr null, ptr @g_45, ptr getelementptr (i8, ptr @g_49, i64 60), ptr @g_248, ptr @g_816, ptr null], align 8
@constinit.174 = private constant [10 x ptr] [ptr getelementptr (i8, ptr @g_49, i64 60), ptr @g_45, ptr @g_41, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null], align 8
@constinit.175 = private constant [10 x ptr] [ptr @g_1233, ptr @g_41, ptr @g_45, ptr @g_45, ptr @g_41, ptr @g_1233, ptr null, ptr @g_248, ptr @g_816, ptr null], align 8
@__const.func_42.l_2124 = private unnamed_addr constant [10 x i32] [i32 215742412, i32 215742412, i32 1, i32 215742412, i32 215742412, i32 1, i32 215742412, i32 215742412, i32 1, i32 215742412], align 16
@g_1214 = internal global [9 x ptr] [ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174, ptr @g_174], align 16
@__const.func_42.l_2080 = private unnamed_addr constant [7 x [3 x i64]] [[3 x i64] [i64 -5742329436691446965, i64 -1, i64 -1], [3 x i64] [i64 -5742329436691446965, i64 -1, i64 -1], [3 x i64] [i64 -5742329436691446965, i64 -1, i64 -1], [3 x i64] [i64 -5742329436691446965, i64 -1, i64 2458681652660271794], [3 x i64] [i64 -1, i64 2458681652660271794, i64 2458681652660271794], [3 x i64] [i64 -1, i64 2458681652660271794, i64 2458681652660271794], [3 x i64] [i64 -1, i64 2458681652660271794, i64 2458681652660271794]], align 16
@g_1620 = internal global [6 x ptr] [ptr @g_1621, ptr @g_1621, ptr @g_1621, ptr @g_1621, ptr @g_1621, ptr @g_1621], align 16
@constinit.176 = private constant [7 x ptr] [ptr @g_1233, ptr @g_45, ptr @g_1233, ptr @g_45, ptr null, ptr @g_37, ptr @g_40], align 8
@g_129 = internal constant ptr @g_130, align 8
@__const.func_42.l_2161 = private unnamed_addr constant [10 x [1 x i32]] [[1 x i32] [i32 1], [1 x i32] [i32 -2], [1 x i32] [i32 1], [1 x i32] [i32 -2], [1 x i32] [i32 1], [1 x i32] [i32 -2], [1 x i32] [i32 1], [1 x i32] [i32 -2], [1 x i32] [i32 1], [1 x i32] [i32 -2]], align 16
@__const.func_42.l_2168 = private unnamed_addr constant [10 x ptr] [ptr @g_1750, ptr @g_1750, ptr @g_1750, ptr @g_1750, ptr @g_1750, ptr @g_1750, ptr @g_1750, ptr @g_1750, ptr @g_1750, ptr @g_1750], align 16
@g_2162 = internal global ptr @g_2163, align 8
@g_1026 = internal global ptr @g_1027, align 8
@g_790 = internal global ptr @g_791, align 8
@g_788 = internal global ptr @g_789, align 8
@g_1481 = internal constant ptr null, align 8
@.str.177 = private unnamed_addr constant [36 x i8] c"...checksum after hashing %s : %lX\0A\00", align 1
@.str.178 = private unnamed_addr constant [15 x i8] c"checksum = %X\0A\00", align 1

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
  %16 = call i32 @strcmp(ptr noundef %15, ptr noundef @.str) #5
  %17 = icmp eq i32 %16, 0
  br i1 %17, label %18, label %19

18:                                               ; preds = %12
  store i32 1, ptr %9, align 4
  br label %19

19:                                               ; preds = %18, %12, %2
  call void @platform_main_begin()
  call void @crc32_gentab()
  %20 = call i32 @func_1()
  store i32 0, ptr %6, align 4
  br label %21

21:                                               ; preds = %49, %19
  %22 = load i32, ptr %6, align 4
  %23 = icmp slt i32 %22, 5
  br i1 %23, label %24, label %52

24:                                               ; preds = %21
  store i32 0, ptr %7, align 4
  br label %25

25:                                               ; preds = %45, %24
  %26 = load i32, ptr %7, align 4
  %27 = icmp slt i32 %26, 1
  br i1 %27, label %28, label %48

28:                                               ; preds = %25
  %29 = load i32, ptr %6, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [5 x [1 x i32]], ptr @g_2, i64 0, i64 %30
  %32 = load i32, ptr %7, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [1 x i32], ptr %31, i64 0, i64 %33
  %35 = load volatile i32, ptr %34, align 4
  %36 = sext i32 %35 to i64
  %37 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %36, ptr noundef @.str.1, i32 noundef %37)
  %38 = load i32, ptr %9, align 4
  %39 = icmp ne i32 %38, 0
  br i1 %39, label %40, label %44

40:                                               ; preds = %28
  %41 = load i32, ptr %6, align 4
  %42 = load i32, ptr %7, align 4
  %43 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %41, i32 noundef %42)
  br label %44

44:                                               ; preds = %40, %28
  br label %45

45:                                               ; preds = %44
  %46 = load i32, ptr %7, align 4
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %7, align 4
  br label %25, !llvm.loop !6

48:                                               ; preds = %25
  br label %49

49:                                               ; preds = %48
  %50 = load i32, ptr %6, align 4
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %6, align 4
  br label %21, !llvm.loop !8

52:                                               ; preds = %21
  %53 = load volatile i32, ptr @g_3, align 4
  %54 = sext i32 %53 to i64
  %55 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %54, ptr noundef @.str.3, i32 noundef %55)
  %56 = load i32, ptr @g_4, align 4
  %57 = sext i32 %56 to i64
  %58 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %57, ptr noundef @.str.4, i32 noundef %58)
  %59 = load volatile i32, ptr @g_31, align 4
  %60 = zext i32 %59 to i64
  %61 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %60, ptr noundef @.str.5, i32 noundef %61)
  %62 = load i32, ptr @g_37, align 4
  %63 = sext i32 %62 to i64
  %64 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %63, ptr noundef @.str.6, i32 noundef %64)
  %65 = load i32, ptr @g_40, align 4
  %66 = sext i32 %65 to i64
  %67 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %66, ptr noundef @.str.7, i32 noundef %67)
  %68 = load i32, ptr @g_41, align 4
  %69 = sext i32 %68 to i64
  %70 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %69, ptr noundef @.str.8, i32 noundef %70)
  %71 = load volatile i32, ptr @g_44, align 4
  %72 = sext i32 %71 to i64
  %73 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %72, ptr noundef @.str.9, i32 noundef %73)
  %74 = load i32, ptr @g_45, align 4
  %75 = sext i32 %74 to i64
  %76 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %75, ptr noundef @.str.10, i32 noundef %76)
  store i32 0, ptr %6, align 4
  br label %77

77:                                               ; preds = %105, %52
  %78 = load i32, ptr %6, align 4
  %79 = icmp slt i32 %78, 10
  br i1 %79, label %80, label %108

80:                                               ; preds = %77
  store i32 0, ptr %7, align 4
  br label %81

81:                                               ; preds = %101, %80
  %82 = load i32, ptr %7, align 4
  %83 = icmp slt i32 %82, 2
  br i1 %83, label %84, label %104

84:                                               ; preds = %81
  %85 = load i32, ptr %6, align 4
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds [10 x [2 x i32]], ptr @g_49, i64 0, i64 %86
  %88 = load i32, ptr %7, align 4
  %89 = sext i32 %88 to i64
  %90 = getelementptr inbounds [2 x i32], ptr %87, i64 0, i64 %89
  %91 = load i32, ptr %90, align 4
  %92 = sext i32 %91 to i64
  %93 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %92, ptr noundef @.str.11, i32 noundef %93)
  %94 = load i32, ptr %9, align 4
  %95 = icmp ne i32 %94, 0
  br i1 %95, label %96, label %100

96:                                               ; preds = %84
  %97 = load i32, ptr %6, align 4
  %98 = load i32, ptr %7, align 4
  %99 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %97, i32 noundef %98)
  br label %100

100:                                              ; preds = %96, %84
  br label %101

101:                                              ; preds = %100
  %102 = load i32, ptr %7, align 4
  %103 = add nsw i32 %102, 1
  store i32 %103, ptr %7, align 4
  br label %81, !llvm.loop !9

104:                                              ; preds = %81
  br label %105

105:                                              ; preds = %104
  %106 = load i32, ptr %6, align 4
  %107 = add nsw i32 %106, 1
  store i32 %107, ptr %6, align 4
  br label %77, !llvm.loop !10

108:                                              ; preds = %77
  %109 = load i8, ptr @g_55, align 1
  %110 = zext i8 %109 to i64
  %111 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %110, ptr noundef @.str.12, i32 noundef %111)
  %112 = load volatile i32, ptr @g_80, align 4
  %113 = zext i32 %112 to i64
  %114 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %113, ptr noundef @.str.13, i32 noundef %114)
  %115 = load volatile i32, ptr @g_117, align 4
  %116 = zext i32 %115 to i64
  %117 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %116, ptr noundef @.str.14, i32 noundef %117)
  %118 = load i32, ptr @g_141, align 4
  %119 = zext i32 %118 to i64
  %120 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %119, ptr noundef @.str.15, i32 noundef %120)
  %121 = load i8, ptr @g_147, align 1
  %122 = zext i8 %121 to i64
  %123 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %122, ptr noundef @.str.16, i32 noundef %123)
  store i32 0, ptr %6, align 4
  br label %124

124:                                              ; preds = %152, %108
  %125 = load i32, ptr %6, align 4
  %126 = icmp slt i32 %125, 3
  br i1 %126, label %127, label %155

127:                                              ; preds = %124
  store i32 0, ptr %7, align 4
  br label %128

128:                                              ; preds = %148, %127
  %129 = load i32, ptr %7, align 4
  %130 = icmp slt i32 %129, 7
  br i1 %130, label %131, label %151

131:                                              ; preds = %128
  %132 = load i32, ptr %6, align 4
  %133 = sext i32 %132 to i64
  %134 = getelementptr inbounds [3 x [7 x i16]], ptr @g_172, i64 0, i64 %133
  %135 = load i32, ptr %7, align 4
  %136 = sext i32 %135 to i64
  %137 = getelementptr inbounds [7 x i16], ptr %134, i64 0, i64 %136
  %138 = load i16, ptr %137, align 2
  %139 = zext i16 %138 to i64
  %140 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %139, ptr noundef @.str.17, i32 noundef %140)
  %141 = load i32, ptr %9, align 4
  %142 = icmp ne i32 %141, 0
  br i1 %142, label %143, label %147

143:                                              ; preds = %131
  %144 = load i32, ptr %6, align 4
  %145 = load i32, ptr %7, align 4
  %146 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %144, i32 noundef %145)
  br label %147

147:                                              ; preds = %143, %131
  br label %148

148:                                              ; preds = %147
  %149 = load i32, ptr %7, align 4
  %150 = add nsw i32 %149, 1
  store i32 %150, ptr %7, align 4
  br label %128, !llvm.loop !11

151:                                              ; preds = %128
  br label %152

152:                                              ; preds = %151
  %153 = load i32, ptr %6, align 4
  %154 = add nsw i32 %153, 1
  store i32 %154, ptr %6, align 4
  br label %124, !llvm.loop !12

155:                                              ; preds = %124
  %156 = load i64, ptr @g_174, align 8
  %157 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %156, ptr noundef @.str.18, i32 noundef %157)
  %158 = load i32, ptr @g_248, align 4
  %159 = sext i32 %158 to i64
  %160 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %159, ptr noundef @.str.19, i32 noundef %160)
  %161 = load i8, ptr @g_255, align 1
  %162 = zext i8 %161 to i64
  %163 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %162, ptr noundef @.str.20, i32 noundef %163)
  %164 = load i32, ptr @g_273, align 4
  %165 = zext i32 %164 to i64
  %166 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %165, ptr noundef @.str.21, i32 noundef %166)
  %167 = load i8, ptr @g_279, align 1
  %168 = sext i8 %167 to i64
  %169 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %168, ptr noundef @.str.22, i32 noundef %169)
  %170 = load volatile i32, ptr @g_303, align 4
  %171 = zext i32 %170 to i64
  %172 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %171, ptr noundef @.str.23, i32 noundef %172)
  %173 = load i32, ptr @g_309, align 4
  %174 = zext i32 %173 to i64
  %175 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %174, ptr noundef @.str.24, i32 noundef %175)
  store i32 0, ptr %6, align 4
  br label %176

176:                                              ; preds = %204, %155
  %177 = load i32, ptr %6, align 4
  %178 = icmp slt i32 %177, 2
  br i1 %178, label %179, label %207

179:                                              ; preds = %176
  store i32 0, ptr %7, align 4
  br label %180

180:                                              ; preds = %200, %179
  %181 = load i32, ptr %7, align 4
  %182 = icmp slt i32 %181, 9
  br i1 %182, label %183, label %203

183:                                              ; preds = %180
  %184 = load i32, ptr %6, align 4
  %185 = sext i32 %184 to i64
  %186 = getelementptr inbounds [2 x [9 x i32]], ptr @g_338, i64 0, i64 %185
  %187 = load i32, ptr %7, align 4
  %188 = sext i32 %187 to i64
  %189 = getelementptr inbounds [9 x i32], ptr %186, i64 0, i64 %188
  %190 = load i32, ptr %189, align 4
  %191 = zext i32 %190 to i64
  %192 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %191, ptr noundef @.str.25, i32 noundef %192)
  %193 = load i32, ptr %9, align 4
  %194 = icmp ne i32 %193, 0
  br i1 %194, label %195, label %199

195:                                              ; preds = %183
  %196 = load i32, ptr %6, align 4
  %197 = load i32, ptr %7, align 4
  %198 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %196, i32 noundef %197)
  br label %199

199:                                              ; preds = %195, %183
  br label %200

200:                                              ; preds = %199
  %201 = load i32, ptr %7, align 4
  %202 = add nsw i32 %201, 1
  store i32 %202, ptr %7, align 4
  br label %180, !llvm.loop !13

203:                                              ; preds = %180
  br label %204

204:                                              ; preds = %203
  %205 = load i32, ptr %6, align 4
  %206 = add nsw i32 %205, 1
  store i32 %206, ptr %6, align 4
  br label %176, !llvm.loop !14

207:                                              ; preds = %176
  %208 = load i32, ptr @g_369, align 4
  %209 = sext i32 %208 to i64
  %210 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %209, ptr noundef @.str.26, i32 noundef %210)
  %211 = load i16, ptr @g_430, align 2
  %212 = sext i16 %211 to i64
  %213 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %212, ptr noundef @.str.27, i32 noundef %213)
  %214 = load i64, ptr @g_491, align 8
  %215 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %214, ptr noundef @.str.28, i32 noundef %215)
  store i32 0, ptr %6, align 4
  br label %216

216:                                              ; preds = %244, %207
  %217 = load i32, ptr %6, align 4
  %218 = icmp slt i32 %217, 2
  br i1 %218, label %219, label %247

219:                                              ; preds = %216
  store i32 0, ptr %7, align 4
  br label %220

220:                                              ; preds = %240, %219
  %221 = load i32, ptr %7, align 4
  %222 = icmp slt i32 %221, 1
  br i1 %222, label %223, label %243

223:                                              ; preds = %220
  %224 = load i32, ptr %6, align 4
  %225 = sext i32 %224 to i64
  %226 = getelementptr inbounds [2 x [1 x i16]], ptr @g_557, i64 0, i64 %225
  %227 = load i32, ptr %7, align 4
  %228 = sext i32 %227 to i64
  %229 = getelementptr inbounds [1 x i16], ptr %226, i64 0, i64 %228
  %230 = load volatile i16, ptr %229, align 2
  %231 = zext i16 %230 to i64
  %232 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %231, ptr noundef @.str.29, i32 noundef %232)
  %233 = load i32, ptr %9, align 4
  %234 = icmp ne i32 %233, 0
  br i1 %234, label %235, label %239

235:                                              ; preds = %223
  %236 = load i32, ptr %6, align 4
  %237 = load i32, ptr %7, align 4
  %238 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %236, i32 noundef %237)
  br label %239

239:                                              ; preds = %235, %223
  br label %240

240:                                              ; preds = %239
  %241 = load i32, ptr %7, align 4
  %242 = add nsw i32 %241, 1
  store i32 %242, ptr %7, align 4
  br label %220, !llvm.loop !15

243:                                              ; preds = %220
  br label %244

244:                                              ; preds = %243
  %245 = load i32, ptr %6, align 4
  %246 = add nsw i32 %245, 1
  store i32 %246, ptr %6, align 4
  br label %216, !llvm.loop !16

247:                                              ; preds = %216
  %248 = load volatile i16, ptr @g_558, align 2
  %249 = zext i16 %248 to i64
  %250 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %249, ptr noundef @.str.30, i32 noundef %250)
  %251 = load i32, ptr @g_632, align 4
  %252 = zext i32 %251 to i64
  %253 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %252, ptr noundef @.str.31, i32 noundef %253)
  %254 = load i8, ptr @g_644, align 1
  %255 = zext i8 %254 to i64
  %256 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %255, ptr noundef @.str.32, i32 noundef %256)
  %257 = load i16, ptr @g_717, align 2
  %258 = sext i16 %257 to i64
  %259 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %258, ptr noundef @.str.33, i32 noundef %259)
  %260 = load volatile i32, ptr @g_731, align 4
  %261 = zext i32 %260 to i64
  %262 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %261, ptr noundef @.str.34, i32 noundef %262)
  %263 = load i32, ptr @g_783, align 4
  %264 = sext i32 %263 to i64
  %265 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %264, ptr noundef @.str.35, i32 noundef %265)
  %266 = load volatile i32, ptr @g_791, align 4
  %267 = sext i32 %266 to i64
  %268 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %267, ptr noundef @.str.36, i32 noundef %268)
  %269 = load i32, ptr @g_816, align 4
  %270 = sext i32 %269 to i64
  %271 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %270, ptr noundef @.str.37, i32 noundef %271)
  %272 = load volatile i32, ptr @g_822, align 4
  %273 = zext i32 %272 to i64
  %274 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %273, ptr noundef @.str.38, i32 noundef %274)
  %275 = load volatile i32, ptr @g_823, align 4
  %276 = zext i32 %275 to i64
  %277 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %276, ptr noundef @.str.39, i32 noundef %277)
  %278 = load volatile i32, ptr @g_826, align 4
  %279 = zext i32 %278 to i64
  %280 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %279, ptr noundef @.str.40, i32 noundef %280)
  store i32 0, ptr %6, align 4
  br label %281

281:                                              ; preds = %309, %247
  %282 = load i32, ptr %6, align 4
  %283 = icmp slt i32 %282, 1
  br i1 %283, label %284, label %312

284:                                              ; preds = %281
  store i32 0, ptr %7, align 4
  br label %285

285:                                              ; preds = %305, %284
  %286 = load i32, ptr %7, align 4
  %287 = icmp slt i32 %286, 6
  br i1 %287, label %288, label %308

288:                                              ; preds = %285
  %289 = load i32, ptr %6, align 4
  %290 = sext i32 %289 to i64
  %291 = getelementptr inbounds [1 x [6 x i16]], ptr @g_838, i64 0, i64 %290
  %292 = load i32, ptr %7, align 4
  %293 = sext i32 %292 to i64
  %294 = getelementptr inbounds [6 x i16], ptr %291, i64 0, i64 %293
  %295 = load i16, ptr %294, align 2
  %296 = sext i16 %295 to i64
  %297 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %296, ptr noundef @.str.41, i32 noundef %297)
  %298 = load i32, ptr %9, align 4
  %299 = icmp ne i32 %298, 0
  br i1 %299, label %300, label %304

300:                                              ; preds = %288
  %301 = load i32, ptr %6, align 4
  %302 = load i32, ptr %7, align 4
  %303 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %301, i32 noundef %302)
  br label %304

304:                                              ; preds = %300, %288
  br label %305

305:                                              ; preds = %304
  %306 = load i32, ptr %7, align 4
  %307 = add nsw i32 %306, 1
  store i32 %307, ptr %7, align 4
  br label %285, !llvm.loop !17

308:                                              ; preds = %285
  br label %309

309:                                              ; preds = %308
  %310 = load i32, ptr %6, align 4
  %311 = add nsw i32 %310, 1
  store i32 %311, ptr %6, align 4
  br label %281, !llvm.loop !18

312:                                              ; preds = %281
  %313 = load i64, ptr @g_966, align 8
  %314 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %313, ptr noundef @.str.42, i32 noundef %314)
  store i32 0, ptr %6, align 4
  br label %315

315:                                              ; preds = %331, %312
  %316 = load i32, ptr %6, align 4
  %317 = icmp slt i32 %316, 4
  br i1 %317, label %318, label %334

318:                                              ; preds = %315
  %319 = load i32, ptr %6, align 4
  %320 = sext i32 %319 to i64
  %321 = getelementptr inbounds [4 x %union.U0], ptr @g_1006, i64 0, i64 %320
  %322 = load volatile i32, ptr %321, align 4
  %323 = zext i32 %322 to i64
  %324 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %323, ptr noundef @.str.43, i32 noundef %324)
  %325 = load i32, ptr %9, align 4
  %326 = icmp ne i32 %325, 0
  br i1 %326, label %327, label %330

327:                                              ; preds = %318
  %328 = load i32, ptr %6, align 4
  %329 = call i32 (ptr, ...) @printf(ptr noundef @.str.44, i32 noundef %328)
  br label %330

330:                                              ; preds = %327, %318
  br label %331

331:                                              ; preds = %330
  %332 = load i32, ptr %6, align 4
  %333 = add nsw i32 %332, 1
  store i32 %333, ptr %6, align 4
  br label %315, !llvm.loop !19

334:                                              ; preds = %315
  %335 = load volatile i32, ptr @g_1007, align 4
  %336 = zext i32 %335 to i64
  %337 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %336, ptr noundef @.str.45, i32 noundef %337)
  %338 = load volatile i32, ptr @g_1008, align 4
  %339 = zext i32 %338 to i64
  %340 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %339, ptr noundef @.str.46, i32 noundef %340)
  %341 = load volatile i32, ptr @g_1009, align 4
  %342 = zext i32 %341 to i64
  %343 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %342, ptr noundef @.str.47, i32 noundef %343)
  store i32 0, ptr %6, align 4
  br label %344

344:                                              ; preds = %360, %334
  %345 = load i32, ptr %6, align 4
  %346 = icmp slt i32 %345, 7
  br i1 %346, label %347, label %363

347:                                              ; preds = %344
  %348 = load i32, ptr %6, align 4
  %349 = sext i32 %348 to i64
  %350 = getelementptr inbounds [7 x %union.U0], ptr @g_1010, i64 0, i64 %349
  %351 = load volatile i32, ptr %350, align 4
  %352 = zext i32 %351 to i64
  %353 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %352, ptr noundef @.str.48, i32 noundef %353)
  %354 = load i32, ptr %9, align 4
  %355 = icmp ne i32 %354, 0
  br i1 %355, label %356, label %359

356:                                              ; preds = %347
  %357 = load i32, ptr %6, align 4
  %358 = call i32 (ptr, ...) @printf(ptr noundef @.str.44, i32 noundef %357)
  br label %359

359:                                              ; preds = %356, %347
  br label %360

360:                                              ; preds = %359
  %361 = load i32, ptr %6, align 4
  %362 = add nsw i32 %361, 1
  store i32 %362, ptr %6, align 4
  br label %344, !llvm.loop !20

363:                                              ; preds = %344
  %364 = load volatile i32, ptr @g_1011, align 4
  %365 = zext i32 %364 to i64
  %366 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %365, ptr noundef @.str.49, i32 noundef %366)
  %367 = load volatile i32, ptr @g_1012, align 4
  %368 = zext i32 %367 to i64
  %369 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %368, ptr noundef @.str.50, i32 noundef %369)
  %370 = load volatile i32, ptr @g_1013, align 4
  %371 = zext i32 %370 to i64
  %372 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %371, ptr noundef @.str.51, i32 noundef %372)
  %373 = load volatile i32, ptr @g_1014, align 4
  %374 = zext i32 %373 to i64
  %375 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %374, ptr noundef @.str.52, i32 noundef %375)
  %376 = load volatile i32, ptr @g_1015, align 4
  %377 = zext i32 %376 to i64
  %378 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %377, ptr noundef @.str.53, i32 noundef %378)
  %379 = load volatile i32, ptr @g_1016, align 4
  %380 = zext i32 %379 to i64
  %381 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %380, ptr noundef @.str.54, i32 noundef %381)
  %382 = load volatile i32, ptr @g_1017, align 4
  %383 = zext i32 %382 to i64
  %384 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %383, ptr noundef @.str.55, i32 noundef %384)
  %385 = load volatile i32, ptr @g_1018, align 4
  %386 = zext i32 %385 to i64
  %387 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %386, ptr noundef @.str.56, i32 noundef %387)
  %388 = load volatile i32, ptr @g_1019, align 4
  %389 = zext i32 %388 to i64
  %390 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %389, ptr noundef @.str.57, i32 noundef %390)
  %391 = load volatile i16, ptr @g_1027, align 2
  %392 = sext i16 %391 to i64
  %393 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %392, ptr noundef @.str.58, i32 noundef %393)
  %394 = load i32, ptr @g_1126, align 4
  %395 = zext i32 %394 to i64
  %396 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %395, ptr noundef @.str.59, i32 noundef %396)
  %397 = load i32, ptr @g_1233, align 4
  %398 = sext i32 %397 to i64
  %399 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %398, ptr noundef @.str.60, i32 noundef %399)
  %400 = load volatile i32, ptr @g_1262, align 4
  %401 = zext i32 %400 to i64
  %402 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %401, ptr noundef @.str.61, i32 noundef %402)
  %403 = load i8, ptr @g_1265, align 1
  %404 = sext i8 %403 to i64
  %405 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %404, ptr noundef @.str.62, i32 noundef %405)
  %406 = load i16, ptr @g_1272, align 2
  %407 = zext i16 %406 to i64
  %408 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %407, ptr noundef @.str.63, i32 noundef %408)
  %409 = load volatile i32, ptr @g_1331, align 4
  %410 = zext i32 %409 to i64
  %411 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %410, ptr noundef @.str.64, i32 noundef %411)
  %412 = load volatile i32, ptr @g_1332, align 4
  %413 = zext i32 %412 to i64
  %414 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %413, ptr noundef @.str.65, i32 noundef %414)
  %415 = load volatile i32, ptr @g_1333, align 4
  %416 = zext i32 %415 to i64
  %417 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %416, ptr noundef @.str.66, i32 noundef %417)
  %418 = load volatile i32, ptr @g_1334, align 4
  %419 = zext i32 %418 to i64
  %420 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %419, ptr noundef @.str.67, i32 noundef %420)
  %421 = load volatile i32, ptr @g_1335, align 4
  %422 = zext i32 %421 to i64
  %423 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %422, ptr noundef @.str.68, i32 noundef %423)
  %424 = load volatile i32, ptr @g_1336, align 4
  %425 = zext i32 %424 to i64
  %426 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %425, ptr noundef @.str.69, i32 noundef %426)
  %427 = load volatile i32, ptr @g_1337, align 4
  %428 = zext i32 %427 to i64
  %429 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %428, ptr noundef @.str.70, i32 noundef %429)
  %430 = load volatile i32, ptr @g_1338, align 4
  %431 = zext i32 %430 to i64
  %432 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %431, ptr noundef @.str.71, i32 noundef %432)
  %433 = load volatile i32, ptr @g_1339, align 4
  %434 = zext i32 %433 to i64
  %435 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %434, ptr noundef @.str.72, i32 noundef %435)
  %436 = load volatile i32, ptr @g_1340, align 4
  %437 = zext i32 %436 to i64
  %438 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %437, ptr noundef @.str.73, i32 noundef %438)
  %439 = load volatile i32, ptr @g_1341, align 4
  %440 = zext i32 %439 to i64
  %441 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %440, ptr noundef @.str.74, i32 noundef %441)
  %442 = load volatile i32, ptr @g_1342, align 4
  %443 = zext i32 %442 to i64
  %444 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %443, ptr noundef @.str.75, i32 noundef %444)
  %445 = load volatile i32, ptr @g_1343, align 4
  %446 = zext i32 %445 to i64
  %447 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %446, ptr noundef @.str.76, i32 noundef %447)
  %448 = load volatile i32, ptr @g_1344, align 4
  %449 = zext i32 %448 to i64
  %450 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %449, ptr noundef @.str.77, i32 noundef %450)
  store i32 0, ptr %6, align 4
  br label %451

451:                                              ; preds = %467, %363
  %452 = load i32, ptr %6, align 4
  %453 = icmp slt i32 %452, 2
  br i1 %453, label %454, label %470

454:                                              ; preds = %451
  %455 = load i32, ptr %6, align 4
  %456 = sext i32 %455 to i64
  %457 = getelementptr inbounds [2 x %union.U0], ptr @g_1345, i64 0, i64 %456
  %458 = load volatile i32, ptr %457, align 4
  %459 = zext i32 %458 to i64
  %460 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %459, ptr noundef @.str.78, i32 noundef %460)
  %461 = load i32, ptr %9, align 4
  %462 = icmp ne i32 %461, 0
  br i1 %462, label %463, label %466

463:                                              ; preds = %454
  %464 = load i32, ptr %6, align 4
  %465 = call i32 (ptr, ...) @printf(ptr noundef @.str.44, i32 noundef %464)
  br label %466

466:                                              ; preds = %463, %454
  br label %467

467:                                              ; preds = %466
  %468 = load i32, ptr %6, align 4
  %469 = add nsw i32 %468, 1
  store i32 %469, ptr %6, align 4
  br label %451, !llvm.loop !21

470:                                              ; preds = %451
  %471 = load volatile i32, ptr @g_1346, align 4
  %472 = zext i32 %471 to i64
  %473 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %472, ptr noundef @.str.79, i32 noundef %473)
  %474 = load volatile i32, ptr @g_1347, align 4
  %475 = zext i32 %474 to i64
  %476 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %475, ptr noundef @.str.80, i32 noundef %476)
  %477 = load volatile i32, ptr @g_1348, align 4
  %478 = zext i32 %477 to i64
  %479 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %478, ptr noundef @.str.81, i32 noundef %479)
  %480 = load volatile i32, ptr @g_1349, align 4
  %481 = zext i32 %480 to i64
  %482 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %481, ptr noundef @.str.82, i32 noundef %482)
  %483 = load volatile i32, ptr @g_1350, align 4
  %484 = zext i32 %483 to i64
  %485 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %484, ptr noundef @.str.83, i32 noundef %485)
  %486 = load volatile i32, ptr @g_1351, align 4
  %487 = zext i32 %486 to i64
  %488 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %487, ptr noundef @.str.84, i32 noundef %488)
  %489 = load volatile i32, ptr @g_1352, align 4
  %490 = zext i32 %489 to i64
  %491 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %490, ptr noundef @.str.85, i32 noundef %491)
  store i32 0, ptr %6, align 4
  br label %492

492:                                              ; preds = %520, %470
  %493 = load i32, ptr %6, align 4
  %494 = icmp slt i32 %493, 3
  br i1 %494, label %495, label %523

495:                                              ; preds = %492
  store i32 0, ptr %7, align 4
  br label %496

496:                                              ; preds = %516, %495
  %497 = load i32, ptr %7, align 4
  %498 = icmp slt i32 %497, 8
  br i1 %498, label %499, label %519

499:                                              ; preds = %496
  %500 = load i32, ptr %6, align 4
  %501 = sext i32 %500 to i64
  %502 = getelementptr inbounds [3 x [8 x %union.U0]], ptr @g_1353, i64 0, i64 %501
  %503 = load i32, ptr %7, align 4
  %504 = sext i32 %503 to i64
  %505 = getelementptr inbounds [8 x %union.U0], ptr %502, i64 0, i64 %504
  %506 = load volatile i32, ptr %505, align 4
  %507 = zext i32 %506 to i64
  %508 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %507, ptr noundef @.str.86, i32 noundef %508)
  %509 = load i32, ptr %9, align 4
  %510 = icmp ne i32 %509, 0
  br i1 %510, label %511, label %515

511:                                              ; preds = %499
  %512 = load i32, ptr %6, align 4
  %513 = load i32, ptr %7, align 4
  %514 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %512, i32 noundef %513)
  br label %515

515:                                              ; preds = %511, %499
  br label %516

516:                                              ; preds = %515
  %517 = load i32, ptr %7, align 4
  %518 = add nsw i32 %517, 1
  store i32 %518, ptr %7, align 4
  br label %496, !llvm.loop !22

519:                                              ; preds = %496
  br label %520

520:                                              ; preds = %519
  %521 = load i32, ptr %6, align 4
  %522 = add nsw i32 %521, 1
  store i32 %522, ptr %6, align 4
  br label %492, !llvm.loop !23

523:                                              ; preds = %492
  %524 = load volatile i32, ptr @g_1354, align 4
  %525 = zext i32 %524 to i64
  %526 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %525, ptr noundef @.str.87, i32 noundef %526)
  %527 = load volatile i32, ptr @g_1355, align 4
  %528 = zext i32 %527 to i64
  %529 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %528, ptr noundef @.str.88, i32 noundef %529)
  %530 = load volatile i32, ptr @g_1356, align 4
  %531 = zext i32 %530 to i64
  %532 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %531, ptr noundef @.str.89, i32 noundef %532)
  %533 = load volatile i32, ptr @g_1357, align 4
  %534 = zext i32 %533 to i64
  %535 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %534, ptr noundef @.str.90, i32 noundef %535)
  %536 = load volatile i32, ptr @g_1358, align 4
  %537 = zext i32 %536 to i64
  %538 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %537, ptr noundef @.str.91, i32 noundef %538)
  store i32 0, ptr %6, align 4
  br label %539

539:                                              ; preds = %555, %523
  %540 = load i32, ptr %6, align 4
  %541 = icmp slt i32 %540, 1
  br i1 %541, label %542, label %558

542:                                              ; preds = %539
  %543 = load i32, ptr %6, align 4
  %544 = sext i32 %543 to i64
  %545 = getelementptr inbounds [1 x %union.U0], ptr @g_1359, i64 0, i64 %544
  %546 = load volatile i32, ptr %545, align 4
  %547 = zext i32 %546 to i64
  %548 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %547, ptr noundef @.str.92, i32 noundef %548)
  %549 = load i32, ptr %9, align 4
  %550 = icmp ne i32 %549, 0
  br i1 %550, label %551, label %554

551:                                              ; preds = %542
  %552 = load i32, ptr %6, align 4
  %553 = call i32 (ptr, ...) @printf(ptr noundef @.str.44, i32 noundef %552)
  br label %554

554:                                              ; preds = %551, %542
  br label %555

555:                                              ; preds = %554
  %556 = load i32, ptr %6, align 4
  %557 = add nsw i32 %556, 1
  store i32 %557, ptr %6, align 4
  br label %539, !llvm.loop !24

558:                                              ; preds = %539
  %559 = load volatile i32, ptr @g_1360, align 4
  %560 = zext i32 %559 to i64
  %561 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %560, ptr noundef @.str.93, i32 noundef %561)
  %562 = load volatile i32, ptr @g_1361, align 4
  %563 = zext i32 %562 to i64
  %564 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %563, ptr noundef @.str.94, i32 noundef %564)
  %565 = load volatile i32, ptr @g_1362, align 4
  %566 = zext i32 %565 to i64
  %567 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %566, ptr noundef @.str.95, i32 noundef %567)
  %568 = load volatile i32, ptr @g_1363, align 4
  %569 = zext i32 %568 to i64
  %570 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %569, ptr noundef @.str.96, i32 noundef %570)
  store i32 0, ptr %6, align 4
  br label %571

571:                                              ; preds = %587, %558
  %572 = load i32, ptr %6, align 4
  %573 = icmp slt i32 %572, 10
  br i1 %573, label %574, label %590

574:                                              ; preds = %571
  %575 = load i32, ptr %6, align 4
  %576 = sext i32 %575 to i64
  %577 = getelementptr inbounds [10 x %union.U0], ptr @g_1364, i64 0, i64 %576
  %578 = load volatile i32, ptr %577, align 4
  %579 = zext i32 %578 to i64
  %580 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %579, ptr noundef @.str.97, i32 noundef %580)
  %581 = load i32, ptr %9, align 4
  %582 = icmp ne i32 %581, 0
  br i1 %582, label %583, label %586

583:                                              ; preds = %574
  %584 = load i32, ptr %6, align 4
  %585 = call i32 (ptr, ...) @printf(ptr noundef @.str.44, i32 noundef %584)
  br label %586

586:                                              ; preds = %583, %574
  br label %587

587:                                              ; preds = %586
  %588 = load i32, ptr %6, align 4
  %589 = add nsw i32 %588, 1
  store i32 %589, ptr %6, align 4
  br label %571, !llvm.loop !25

590:                                              ; preds = %571
  %591 = load volatile i32, ptr @g_1365, align 4
  %592 = zext i32 %591 to i64
  %593 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %592, ptr noundef @.str.98, i32 noundef %593)
  %594 = load volatile i32, ptr @g_1366, align 4
  %595 = zext i32 %594 to i64
  %596 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %595, ptr noundef @.str.99, i32 noundef %596)
  %597 = load volatile i32, ptr @g_1367, align 4
  %598 = zext i32 %597 to i64
  %599 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %598, ptr noundef @.str.100, i32 noundef %599)
  %600 = load volatile i32, ptr @g_1368, align 4
  %601 = zext i32 %600 to i64
  %602 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %601, ptr noundef @.str.101, i32 noundef %602)
  %603 = load volatile i32, ptr @g_1369, align 4
  %604 = zext i32 %603 to i64
  %605 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %604, ptr noundef @.str.102, i32 noundef %605)
  store i32 0, ptr %6, align 4
  br label %606

606:                                              ; preds = %622, %590
  %607 = load i32, ptr %6, align 4
  %608 = icmp slt i32 %607, 1
  br i1 %608, label %609, label %625

609:                                              ; preds = %606
  %610 = load i32, ptr %6, align 4
  %611 = sext i32 %610 to i64
  %612 = getelementptr inbounds [1 x %union.U0], ptr @g_1370, i64 0, i64 %611
  %613 = load volatile i32, ptr %612, align 4
  %614 = zext i32 %613 to i64
  %615 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %614, ptr noundef @.str.103, i32 noundef %615)
  %616 = load i32, ptr %9, align 4
  %617 = icmp ne i32 %616, 0
  br i1 %617, label %618, label %621

618:                                              ; preds = %609
  %619 = load i32, ptr %6, align 4
  %620 = call i32 (ptr, ...) @printf(ptr noundef @.str.44, i32 noundef %619)
  br label %621

621:                                              ; preds = %618, %609
  br label %622

622:                                              ; preds = %621
  %623 = load i32, ptr %6, align 4
  %624 = add nsw i32 %623, 1
  store i32 %624, ptr %6, align 4
  br label %606, !llvm.loop !26

625:                                              ; preds = %606
  %626 = load volatile i32, ptr @g_1371, align 4
  %627 = zext i32 %626 to i64
  %628 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %627, ptr noundef @.str.104, i32 noundef %628)
  %629 = load volatile i32, ptr @g_1372, align 4
  %630 = zext i32 %629 to i64
  %631 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %630, ptr noundef @.str.105, i32 noundef %631)
  %632 = load volatile i32, ptr @g_1373, align 4
  %633 = zext i32 %632 to i64
  %634 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %633, ptr noundef @.str.106, i32 noundef %634)
  %635 = load volatile i32, ptr @g_1374, align 4
  %636 = zext i32 %635 to i64
  %637 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %636, ptr noundef @.str.107, i32 noundef %637)
  %638 = load volatile i32, ptr @g_1375, align 4
  %639 = zext i32 %638 to i64
  %640 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %639, ptr noundef @.str.108, i32 noundef %640)
  store i32 0, ptr %6, align 4
  br label %641

641:                                              ; preds = %681, %625
  %642 = load i32, ptr %6, align 4
  %643 = icmp slt i32 %642, 2
  br i1 %643, label %644, label %684

644:                                              ; preds = %641
  store i32 0, ptr %7, align 4
  br label %645

645:                                              ; preds = %677, %644
  %646 = load i32, ptr %7, align 4
  %647 = icmp slt i32 %646, 2
  br i1 %647, label %648, label %680

648:                                              ; preds = %645
  store i32 0, ptr %8, align 4
  br label %649

649:                                              ; preds = %673, %648
  %650 = load i32, ptr %8, align 4
  %651 = icmp slt i32 %650, 7
  br i1 %651, label %652, label %676

652:                                              ; preds = %649
  %653 = load i32, ptr %6, align 4
  %654 = sext i32 %653 to i64
  %655 = getelementptr inbounds [2 x [2 x [7 x %union.U0]]], ptr @g_1376, i64 0, i64 %654
  %656 = load i32, ptr %7, align 4
  %657 = sext i32 %656 to i64
  %658 = getelementptr inbounds [2 x [7 x %union.U0]], ptr %655, i64 0, i64 %657
  %659 = load i32, ptr %8, align 4
  %660 = sext i32 %659 to i64
  %661 = getelementptr inbounds [7 x %union.U0], ptr %658, i64 0, i64 %660
  %662 = load volatile i32, ptr %661, align 4
  %663 = zext i32 %662 to i64
  %664 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %663, ptr noundef @.str.109, i32 noundef %664)
  %665 = load i32, ptr %9, align 4
  %666 = icmp ne i32 %665, 0
  br i1 %666, label %667, label %672

667:                                              ; preds = %652
  %668 = load i32, ptr %6, align 4
  %669 = load i32, ptr %7, align 4
  %670 = load i32, ptr %8, align 4
  %671 = call i32 (ptr, ...) @printf(ptr noundef @.str.110, i32 noundef %668, i32 noundef %669, i32 noundef %670)
  br label %672

672:                                              ; preds = %667, %652
  br label %673

673:                                              ; preds = %672
  %674 = load i32, ptr %8, align 4
  %675 = add nsw i32 %674, 1
  store i32 %675, ptr %8, align 4
  br label %649, !llvm.loop !27

676:                                              ; preds = %649
  br label %677

677:                                              ; preds = %676
  %678 = load i32, ptr %7, align 4
  %679 = add nsw i32 %678, 1
  store i32 %679, ptr %7, align 4
  br label %645, !llvm.loop !28

680:                                              ; preds = %645
  br label %681

681:                                              ; preds = %680
  %682 = load i32, ptr %6, align 4
  %683 = add nsw i32 %682, 1
  store i32 %683, ptr %6, align 4
  br label %641, !llvm.loop !29

684:                                              ; preds = %641
  %685 = load volatile i32, ptr @g_1377, align 4
  %686 = zext i32 %685 to i64
  %687 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %686, ptr noundef @.str.111, i32 noundef %687)
  %688 = load volatile i32, ptr @g_1378, align 4
  %689 = zext i32 %688 to i64
  %690 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %689, ptr noundef @.str.112, i32 noundef %690)
  store i32 0, ptr %6, align 4
  br label %691

691:                                              ; preds = %719, %684
  %692 = load i32, ptr %6, align 4
  %693 = icmp slt i32 %692, 4
  br i1 %693, label %694, label %722

694:                                              ; preds = %691
  store i32 0, ptr %7, align 4
  br label %695

695:                                              ; preds = %715, %694
  %696 = load i32, ptr %7, align 4
  %697 = icmp slt i32 %696, 6
  br i1 %697, label %698, label %718

698:                                              ; preds = %695
  %699 = load i32, ptr %6, align 4
  %700 = sext i32 %699 to i64
  %701 = getelementptr inbounds [4 x [6 x %union.U0]], ptr @g_1379, i64 0, i64 %700
  %702 = load i32, ptr %7, align 4
  %703 = sext i32 %702 to i64
  %704 = getelementptr inbounds [6 x %union.U0], ptr %701, i64 0, i64 %703
  %705 = load volatile i32, ptr %704, align 4
  %706 = zext i32 %705 to i64
  %707 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %706, ptr noundef @.str.113, i32 noundef %707)
  %708 = load i32, ptr %9, align 4
  %709 = icmp ne i32 %708, 0
  br i1 %709, label %710, label %714

710:                                              ; preds = %698
  %711 = load i32, ptr %6, align 4
  %712 = load i32, ptr %7, align 4
  %713 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %711, i32 noundef %712)
  br label %714

714:                                              ; preds = %710, %698
  br label %715

715:                                              ; preds = %714
  %716 = load i32, ptr %7, align 4
  %717 = add nsw i32 %716, 1
  store i32 %717, ptr %7, align 4
  br label %695, !llvm.loop !30

718:                                              ; preds = %695
  br label %719

719:                                              ; preds = %718
  %720 = load i32, ptr %6, align 4
  %721 = add nsw i32 %720, 1
  store i32 %721, ptr %6, align 4
  br label %691, !llvm.loop !31

722:                                              ; preds = %691
  store i32 0, ptr %6, align 4
  br label %723

723:                                              ; preds = %739, %722
  %724 = load i32, ptr %6, align 4
  %725 = icmp slt i32 %724, 5
  br i1 %725, label %726, label %742

726:                                              ; preds = %723
  %727 = load i32, ptr %6, align 4
  %728 = sext i32 %727 to i64
  %729 = getelementptr inbounds [5 x %union.U0], ptr @g_1380, i64 0, i64 %728
  %730 = load volatile i32, ptr %729, align 4
  %731 = zext i32 %730 to i64
  %732 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %731, ptr noundef @.str.114, i32 noundef %732)
  %733 = load i32, ptr %9, align 4
  %734 = icmp ne i32 %733, 0
  br i1 %734, label %735, label %738

735:                                              ; preds = %726
  %736 = load i32, ptr %6, align 4
  %737 = call i32 (ptr, ...) @printf(ptr noundef @.str.44, i32 noundef %736)
  br label %738

738:                                              ; preds = %735, %726
  br label %739

739:                                              ; preds = %738
  %740 = load i32, ptr %6, align 4
  %741 = add nsw i32 %740, 1
  store i32 %741, ptr %6, align 4
  br label %723, !llvm.loop !32

742:                                              ; preds = %723
  %743 = load volatile i32, ptr @g_1381, align 4
  %744 = zext i32 %743 to i64
  %745 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %744, ptr noundef @.str.115, i32 noundef %745)
  %746 = load volatile i32, ptr @g_1382, align 4
  %747 = zext i32 %746 to i64
  %748 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %747, ptr noundef @.str.116, i32 noundef %748)
  %749 = load volatile i32, ptr @g_1383, align 4
  %750 = zext i32 %749 to i64
  %751 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %750, ptr noundef @.str.117, i32 noundef %751)
  %752 = load volatile i32, ptr @g_1384, align 4
  %753 = zext i32 %752 to i64
  %754 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %753, ptr noundef @.str.118, i32 noundef %754)
  store i32 0, ptr %6, align 4
  br label %755

755:                                              ; preds = %771, %742
  %756 = load i32, ptr %6, align 4
  %757 = icmp slt i32 %756, 6
  br i1 %757, label %758, label %774

758:                                              ; preds = %755
  %759 = load i32, ptr %6, align 4
  %760 = sext i32 %759 to i64
  %761 = getelementptr inbounds [6 x %union.U0], ptr @g_1385, i64 0, i64 %760
  %762 = load volatile i32, ptr %761, align 4
  %763 = zext i32 %762 to i64
  %764 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %763, ptr noundef @.str.119, i32 noundef %764)
  %765 = load i32, ptr %9, align 4
  %766 = icmp ne i32 %765, 0
  br i1 %766, label %767, label %770

767:                                              ; preds = %758
  %768 = load i32, ptr %6, align 4
  %769 = call i32 (ptr, ...) @printf(ptr noundef @.str.44, i32 noundef %768)
  br label %770

770:                                              ; preds = %767, %758
  br label %771

771:                                              ; preds = %770
  %772 = load i32, ptr %6, align 4
  %773 = add nsw i32 %772, 1
  store i32 %773, ptr %6, align 4
  br label %755, !llvm.loop !33

774:                                              ; preds = %755
  %775 = load volatile i32, ptr @g_1386, align 4
  %776 = zext i32 %775 to i64
  %777 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %776, ptr noundef @.str.120, i32 noundef %777)
  %778 = load volatile i32, ptr @g_1387, align 4
  %779 = zext i32 %778 to i64
  %780 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %779, ptr noundef @.str.121, i32 noundef %780)
  %781 = load volatile i32, ptr @g_1388, align 4
  %782 = zext i32 %781 to i64
  %783 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %782, ptr noundef @.str.122, i32 noundef %783)
  %784 = load volatile i32, ptr @g_1389, align 4
  %785 = zext i32 %784 to i64
  %786 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %785, ptr noundef @.str.123, i32 noundef %786)
  %787 = load volatile i32, ptr @g_1390, align 4
  %788 = zext i32 %787 to i64
  %789 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %788, ptr noundef @.str.124, i32 noundef %789)
  %790 = load volatile i32, ptr @g_1391, align 4
  %791 = zext i32 %790 to i64
  %792 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %791, ptr noundef @.str.125, i32 noundef %792)
  store i32 0, ptr %6, align 4
  br label %793

793:                                              ; preds = %809, %774
  %794 = load i32, ptr %6, align 4
  %795 = icmp slt i32 %794, 7
  br i1 %795, label %796, label %812

796:                                              ; preds = %793
  %797 = load i32, ptr %6, align 4
  %798 = sext i32 %797 to i64
  %799 = getelementptr inbounds [7 x %union.U0], ptr @g_1392, i64 0, i64 %798
  %800 = load volatile i32, ptr %799, align 4
  %801 = zext i32 %800 to i64
  %802 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %801, ptr noundef @.str.126, i32 noundef %802)
  %803 = load i32, ptr %9, align 4
  %804 = icmp ne i32 %803, 0
  br i1 %804, label %805, label %808

805:                                              ; preds = %796
  %806 = load i32, ptr %6, align 4
  %807 = call i32 (ptr, ...) @printf(ptr noundef @.str.44, i32 noundef %806)
  br label %808

808:                                              ; preds = %805, %796
  br label %809

809:                                              ; preds = %808
  %810 = load i32, ptr %6, align 4
  %811 = add nsw i32 %810, 1
  store i32 %811, ptr %6, align 4
  br label %793, !llvm.loop !34

812:                                              ; preds = %793
  %813 = load volatile i32, ptr @g_1393, align 4
  %814 = zext i32 %813 to i64
  %815 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %814, ptr noundef @.str.127, i32 noundef %815)
  %816 = load volatile i32, ptr @g_1394, align 4
  %817 = zext i32 %816 to i64
  %818 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %817, ptr noundef @.str.128, i32 noundef %818)
  %819 = load volatile i32, ptr @g_1395, align 4
  %820 = zext i32 %819 to i64
  %821 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %820, ptr noundef @.str.129, i32 noundef %821)
  %822 = load volatile i32, ptr @g_1396, align 4
  %823 = zext i32 %822 to i64
  %824 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %823, ptr noundef @.str.130, i32 noundef %824)
  store i32 0, ptr %6, align 4
  br label %825

825:                                              ; preds = %841, %812
  %826 = load i32, ptr %6, align 4
  %827 = icmp slt i32 %826, 3
  br i1 %827, label %828, label %844

828:                                              ; preds = %825
  %829 = load i32, ptr %6, align 4
  %830 = sext i32 %829 to i64
  %831 = getelementptr inbounds [3 x %union.U0], ptr @g_1397, i64 0, i64 %830
  %832 = load volatile i32, ptr %831, align 4
  %833 = zext i32 %832 to i64
  %834 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %833, ptr noundef @.str.131, i32 noundef %834)
  %835 = load i32, ptr %9, align 4
  %836 = icmp ne i32 %835, 0
  br i1 %836, label %837, label %840

837:                                              ; preds = %828
  %838 = load i32, ptr %6, align 4
  %839 = call i32 (ptr, ...) @printf(ptr noundef @.str.44, i32 noundef %838)
  br label %840

840:                                              ; preds = %837, %828
  br label %841

841:                                              ; preds = %840
  %842 = load i32, ptr %6, align 4
  %843 = add nsw i32 %842, 1
  store i32 %843, ptr %6, align 4
  br label %825, !llvm.loop !35

844:                                              ; preds = %825
  store i32 0, ptr %6, align 4
  br label %845

845:                                              ; preds = %861, %844
  %846 = load i32, ptr %6, align 4
  %847 = icmp slt i32 %846, 9
  br i1 %847, label %848, label %864

848:                                              ; preds = %845
  %849 = load i32, ptr %6, align 4
  %850 = sext i32 %849 to i64
  %851 = getelementptr inbounds [9 x %union.U0], ptr @g_1398, i64 0, i64 %850
  %852 = load volatile i32, ptr %851, align 4
  %853 = zext i32 %852 to i64
  %854 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %853, ptr noundef @.str.132, i32 noundef %854)
  %855 = load i32, ptr %9, align 4
  %856 = icmp ne i32 %855, 0
  br i1 %856, label %857, label %860

857:                                              ; preds = %848
  %858 = load i32, ptr %6, align 4
  %859 = call i32 (ptr, ...) @printf(ptr noundef @.str.44, i32 noundef %858)
  br label %860

860:                                              ; preds = %857, %848
  br label %861

861:                                              ; preds = %860
  %862 = load i32, ptr %6, align 4
  %863 = add nsw i32 %862, 1
  store i32 %863, ptr %6, align 4
  br label %845, !llvm.loop !36

864:                                              ; preds = %845
  %865 = load volatile i32, ptr @g_1399, align 4
  %866 = zext i32 %865 to i64
  %867 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %866, ptr noundef @.str.133, i32 noundef %867)
  %868 = load volatile i32, ptr @g_1400, align 4
  %869 = zext i32 %868 to i64
  %870 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %869, ptr noundef @.str.134, i32 noundef %870)
  %871 = load volatile i32, ptr @g_1401, align 4
  %872 = zext i32 %871 to i64
  %873 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %872, ptr noundef @.str.135, i32 noundef %873)
  store i32 0, ptr %6, align 4
  br label %874

874:                                              ; preds = %902, %864
  %875 = load i32, ptr %6, align 4
  %876 = icmp slt i32 %875, 8
  br i1 %876, label %877, label %905

877:                                              ; preds = %874
  store i32 0, ptr %7, align 4
  br label %878

878:                                              ; preds = %898, %877
  %879 = load i32, ptr %7, align 4
  %880 = icmp slt i32 %879, 4
  br i1 %880, label %881, label %901

881:                                              ; preds = %878
  %882 = load i32, ptr %6, align 4
  %883 = sext i32 %882 to i64
  %884 = getelementptr inbounds [8 x [4 x %union.U0]], ptr @g_1402, i64 0, i64 %883
  %885 = load i32, ptr %7, align 4
  %886 = sext i32 %885 to i64
  %887 = getelementptr inbounds [4 x %union.U0], ptr %884, i64 0, i64 %886
  %888 = load volatile i32, ptr %887, align 4
  %889 = zext i32 %888 to i64
  %890 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %889, ptr noundef @.str.136, i32 noundef %890)
  %891 = load i32, ptr %9, align 4
  %892 = icmp ne i32 %891, 0
  br i1 %892, label %893, label %897

893:                                              ; preds = %881
  %894 = load i32, ptr %6, align 4
  %895 = load i32, ptr %7, align 4
  %896 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %894, i32 noundef %895)
  br label %897

897:                                              ; preds = %893, %881
  br label %898

898:                                              ; preds = %897
  %899 = load i32, ptr %7, align 4
  %900 = add nsw i32 %899, 1
  store i32 %900, ptr %7, align 4
  br label %878, !llvm.loop !37

901:                                              ; preds = %878
  br label %902

902:                                              ; preds = %901
  %903 = load i32, ptr %6, align 4
  %904 = add nsw i32 %903, 1
  store i32 %904, ptr %6, align 4
  br label %874, !llvm.loop !38

905:                                              ; preds = %874
  %906 = load volatile i32, ptr @g_1403, align 4
  %907 = zext i32 %906 to i64
  %908 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %907, ptr noundef @.str.137, i32 noundef %908)
  %909 = load volatile i32, ptr @g_1404, align 4
  %910 = zext i32 %909 to i64
  %911 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %910, ptr noundef @.str.138, i32 noundef %911)
  store i32 0, ptr %6, align 4
  br label %912

912:                                              ; preds = %928, %905
  %913 = load i32, ptr %6, align 4
  %914 = icmp slt i32 %913, 9
  br i1 %914, label %915, label %931

915:                                              ; preds = %912
  %916 = load i32, ptr %6, align 4
  %917 = sext i32 %916 to i64
  %918 = getelementptr inbounds [9 x %union.U0], ptr @g_1405, i64 0, i64 %917
  %919 = load volatile i32, ptr %918, align 4
  %920 = zext i32 %919 to i64
  %921 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %920, ptr noundef @.str.139, i32 noundef %921)
  %922 = load i32, ptr %9, align 4
  %923 = icmp ne i32 %922, 0
  br i1 %923, label %924, label %927

924:                                              ; preds = %915
  %925 = load i32, ptr %6, align 4
  %926 = call i32 (ptr, ...) @printf(ptr noundef @.str.44, i32 noundef %925)
  br label %927

927:                                              ; preds = %924, %915
  br label %928

928:                                              ; preds = %927
  %929 = load i32, ptr %6, align 4
  %930 = add nsw i32 %929, 1
  store i32 %930, ptr %6, align 4
  br label %912, !llvm.loop !39

931:                                              ; preds = %912
  %932 = load volatile i32, ptr @g_1406, align 4
  %933 = zext i32 %932 to i64
  %934 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %933, ptr noundef @.str.140, i32 noundef %934)
  %935 = load volatile i32, ptr @g_1484, align 4
  %936 = sext i32 %935 to i64
  %937 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %936, ptr noundef @.str.141, i32 noundef %937)
  %938 = load volatile i32, ptr @g_1487, align 4
  %939 = zext i32 %938 to i64
  %940 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %939, ptr noundef @.str.142, i32 noundef %940)
  %941 = load i64, ptr @g_1560, align 8
  %942 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %941, ptr noundef @.str.143, i32 noundef %942)
  store i32 0, ptr %6, align 4
  br label %943

943:                                              ; preds = %959, %931
  %944 = load i32, ptr %6, align 4
  %945 = icmp slt i32 %944, 2
  br i1 %945, label %946, label %962

946:                                              ; preds = %943
  %947 = load i32, ptr %6, align 4
  %948 = sext i32 %947 to i64
  %949 = getelementptr inbounds [2 x i8], ptr @g_1662, i64 0, i64 %948
  %950 = load i8, ptr %949, align 1
  %951 = sext i8 %950 to i64
  %952 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %951, ptr noundef @.str.144, i32 noundef %952)
  %953 = load i32, ptr %9, align 4
  %954 = icmp ne i32 %953, 0
  br i1 %954, label %955, label %958

955:                                              ; preds = %946
  %956 = load i32, ptr %6, align 4
  %957 = call i32 (ptr, ...) @printf(ptr noundef @.str.44, i32 noundef %956)
  br label %958

958:                                              ; preds = %955, %946
  br label %959

959:                                              ; preds = %958
  %960 = load i32, ptr %6, align 4
  %961 = add nsw i32 %960, 1
  store i32 %961, ptr %6, align 4
  br label %943, !llvm.loop !40

962:                                              ; preds = %943
  %963 = load i16, ptr @g_1750, align 2
  %964 = sext i16 %963 to i64
  %965 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %964, ptr noundef @.str.145, i32 noundef %965)
  store i32 0, ptr %6, align 4
  br label %966

966:                                              ; preds = %982, %962
  %967 = load i32, ptr %6, align 4
  %968 = icmp slt i32 %967, 5
  br i1 %968, label %969, label %985

969:                                              ; preds = %966
  %970 = load i32, ptr %6, align 4
  %971 = sext i32 %970 to i64
  %972 = getelementptr inbounds [5 x i16], ptr @g_1752, i64 0, i64 %971
  %973 = load i16, ptr %972, align 2
  %974 = sext i16 %973 to i64
  %975 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %974, ptr noundef @.str.146, i32 noundef %975)
  %976 = load i32, ptr %9, align 4
  %977 = icmp ne i32 %976, 0
  br i1 %977, label %978, label %981

978:                                              ; preds = %969
  %979 = load i32, ptr %6, align 4
  %980 = call i32 (ptr, ...) @printf(ptr noundef @.str.44, i32 noundef %979)
  br label %981

981:                                              ; preds = %978, %969
  br label %982

982:                                              ; preds = %981
  %983 = load i32, ptr %6, align 4
  %984 = add nsw i32 %983, 1
  store i32 %984, ptr %6, align 4
  br label %966, !llvm.loop !41

985:                                              ; preds = %966
  %986 = load i32, ptr @g_1782, align 4
  %987 = sext i32 %986 to i64
  %988 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %987, ptr noundef @.str.147, i32 noundef %988)
  store i32 0, ptr %6, align 4
  br label %989

989:                                              ; preds = %1004, %985
  %990 = load i32, ptr %6, align 4
  %991 = icmp slt i32 %990, 8
  br i1 %991, label %992, label %1007

992:                                              ; preds = %989
  %993 = load i32, ptr %6, align 4
  %994 = sext i32 %993 to i64
  %995 = getelementptr inbounds [8 x i64], ptr @g_1931, i64 0, i64 %994
  %996 = load i64, ptr %995, align 8
  %997 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %996, ptr noundef @.str.148, i32 noundef %997)
  %998 = load i32, ptr %9, align 4
  %999 = icmp ne i32 %998, 0
  br i1 %999, label %1000, label %1003

1000:                                             ; preds = %992
  %1001 = load i32, ptr %6, align 4
  %1002 = call i32 (ptr, ...) @printf(ptr noundef @.str.44, i32 noundef %1001)
  br label %1003

1003:                                             ; preds = %1000, %992
  br label %1004

1004:                                             ; preds = %1003
  %1005 = load i32, ptr %6, align 4
  %1006 = add nsw i32 %1005, 1
  store i32 %1006, ptr %6, align 4
  br label %989, !llvm.loop !42

1007:                                             ; preds = %989
  %1008 = load i64, ptr @g_1934, align 8
  %1009 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1008, ptr noundef @.str.149, i32 noundef %1009)
  store i32 0, ptr %6, align 4
  br label %1010

1010:                                             ; preds = %1038, %1007
  %1011 = load i32, ptr %6, align 4
  %1012 = icmp slt i32 %1011, 7
  br i1 %1012, label %1013, label %1041

1013:                                             ; preds = %1010
  store i32 0, ptr %7, align 4
  br label %1014

1014:                                             ; preds = %1034, %1013
  %1015 = load i32, ptr %7, align 4
  %1016 = icmp slt i32 %1015, 3
  br i1 %1016, label %1017, label %1037

1017:                                             ; preds = %1014
  %1018 = load i32, ptr %6, align 4
  %1019 = sext i32 %1018 to i64
  %1020 = getelementptr inbounds [7 x [3 x i32]], ptr @g_1985, i64 0, i64 %1019
  %1021 = load i32, ptr %7, align 4
  %1022 = sext i32 %1021 to i64
  %1023 = getelementptr inbounds [3 x i32], ptr %1020, i64 0, i64 %1022
  %1024 = load i32, ptr %1023, align 4
  %1025 = zext i32 %1024 to i64
  %1026 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1025, ptr noundef @.str.150, i32 noundef %1026)
  %1027 = load i32, ptr %9, align 4
  %1028 = icmp ne i32 %1027, 0
  br i1 %1028, label %1029, label %1033

1029:                                             ; preds = %1017
  %1030 = load i32, ptr %6, align 4
  %1031 = load i32, ptr %7, align 4
  %1032 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %1030, i32 noundef %1031)
  br label %1033

1033:                                             ; preds = %1029, %1017
  br label %1034

1034:                                             ; preds = %1033
  %1035 = load i32, ptr %7, align 4
  %1036 = add nsw i32 %1035, 1
  store i32 %1036, ptr %7, align 4
  br label %1014, !llvm.loop !43

1037:                                             ; preds = %1014
  br label %1038

1038:                                             ; preds = %1037
  %1039 = load i32, ptr %6, align 4
  %1040 = add nsw i32 %1039, 1
  store i32 %1040, ptr %6, align 4
  br label %1010, !llvm.loop !44

1041:                                             ; preds = %1010
  %1042 = load volatile i32, ptr @g_2024, align 4
  %1043 = zext i32 %1042 to i64
  %1044 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1043, ptr noundef @.str.151, i32 noundef %1044)
  %1045 = load volatile i32, ptr @g_2049, align 4
  %1046 = zext i32 %1045 to i64
  %1047 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1046, ptr noundef @.str.152, i32 noundef %1047)
  %1048 = load volatile i32, ptr @g_2171, align 4
  %1049 = zext i32 %1048 to i64
  %1050 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1049, ptr noundef @.str.153, i32 noundef %1050)
  store i32 0, ptr %6, align 4
  br label %1051

1051:                                             ; preds = %1091, %1041
  %1052 = load i32, ptr %6, align 4
  %1053 = icmp slt i32 %1052, 3
  br i1 %1053, label %1054, label %1094

1054:                                             ; preds = %1051
  store i32 0, ptr %7, align 4
  br label %1055

1055:                                             ; preds = %1087, %1054
  %1056 = load i32, ptr %7, align 4
  %1057 = icmp slt i32 %1056, 4
  br i1 %1057, label %1058, label %1090

1058:                                             ; preds = %1055
  store i32 0, ptr %8, align 4
  br label %1059

1059:                                             ; preds = %1083, %1058
  %1060 = load i32, ptr %8, align 4
  %1061 = icmp slt i32 %1060, 8
  br i1 %1061, label %1062, label %1086

1062:                                             ; preds = %1059
  %1063 = load i32, ptr %6, align 4
  %1064 = sext i32 %1063 to i64
  %1065 = getelementptr inbounds [3 x [4 x [8 x i8]]], ptr @g_2224, i64 0, i64 %1064
  %1066 = load i32, ptr %7, align 4
  %1067 = sext i32 %1066 to i64
  %1068 = getelementptr inbounds [4 x [8 x i8]], ptr %1065, i64 0, i64 %1067
  %1069 = load i32, ptr %8, align 4
  %1070 = sext i32 %1069 to i64
  %1071 = getelementptr inbounds [8 x i8], ptr %1068, i64 0, i64 %1070
  %1072 = load i8, ptr %1071, align 1
  %1073 = sext i8 %1072 to i64
  %1074 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1073, ptr noundef @.str.154, i32 noundef %1074)
  %1075 = load i32, ptr %9, align 4
  %1076 = icmp ne i32 %1075, 0
  br i1 %1076, label %1077, label %1082

1077:                                             ; preds = %1062
  %1078 = load i32, ptr %6, align 4
  %1079 = load i32, ptr %7, align 4
  %1080 = load i32, ptr %8, align 4
  %1081 = call i32 (ptr, ...) @printf(ptr noundef @.str.110, i32 noundef %1078, i32 noundef %1079, i32 noundef %1080)
  br label %1082

1082:                                             ; preds = %1077, %1062
  br label %1083

1083:                                             ; preds = %1082
  %1084 = load i32, ptr %8, align 4
  %1085 = add nsw i32 %1084, 1
  store i32 %1085, ptr %8, align 4
  br label %1059, !llvm.loop !45

1086:                                             ; preds = %1059
  br label %1087

1087:                                             ; preds = %1086
  %1088 = load i32, ptr %7, align 4
  %1089 = add nsw i32 %1088, 1
  store i32 %1089, ptr %7, align 4
  br label %1055, !llvm.loop !46

1090:                                             ; preds = %1055
  br label %1091

1091:                                             ; preds = %1090
  %1092 = load i32, ptr %6, align 4
  %1093 = add nsw i32 %1092, 1
  store i32 %1093, ptr %6, align 4
  br label %1051, !llvm.loop !47

1094:                                             ; preds = %1051
  %1095 = load volatile i32, ptr @g_2308, align 4
  %1096 = zext i32 %1095 to i64
  %1097 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1096, ptr noundef @.str.155, i32 noundef %1097)
  %1098 = load i16, ptr @g_2310, align 2
  %1099 = sext i16 %1098 to i64
  %1100 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1099, ptr noundef @.str.156, i32 noundef %1100)
  %1101 = load i64, ptr @g_2336, align 8
  %1102 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1101, ptr noundef @.str.157, i32 noundef %1102)
  %1103 = load volatile i32, ptr @g_2337, align 4
  %1104 = zext i32 %1103 to i64
  %1105 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1104, ptr noundef @.str.158, i32 noundef %1105)
  %1106 = load volatile i32, ptr @g_2403, align 4
  %1107 = zext i32 %1106 to i64
  %1108 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1107, ptr noundef @.str.159, i32 noundef %1108)
  %1109 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 7, ptr noundef @.str.160, i32 noundef %1109)
  %1110 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 1, ptr noundef @.str.161, i32 noundef %1110)
  %1111 = load i16, ptr @g_2583, align 2
  %1112 = sext i16 %1111 to i64
  %1113 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1112, ptr noundef @.str.162, i32 noundef %1113)
  store i32 0, ptr %6, align 4
  br label %1114

1114:                                             ; preds = %1141, %1094
  %1115 = load i32, ptr %6, align 4
  %1116 = icmp slt i32 %1115, 9
  br i1 %1116, label %1117, label %1144

1117:                                             ; preds = %1114
  store i32 0, ptr %7, align 4
  br label %1118

1118:                                             ; preds = %1137, %1117
  %1119 = load i32, ptr %7, align 4
  %1120 = icmp slt i32 %1119, 1
  br i1 %1120, label %1121, label %1140

1121:                                             ; preds = %1118
  %1122 = load i32, ptr %6, align 4
  %1123 = sext i32 %1122 to i64
  %1124 = getelementptr inbounds [9 x [1 x i64]], ptr @g_2612, i64 0, i64 %1123
  %1125 = load i32, ptr %7, align 4
  %1126 = sext i32 %1125 to i64
  %1127 = getelementptr inbounds [1 x i64], ptr %1124, i64 0, i64 %1126
  %1128 = load volatile i64, ptr %1127, align 8
  %1129 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1128, ptr noundef @.str.163, i32 noundef %1129)
  %1130 = load i32, ptr %9, align 4
  %1131 = icmp ne i32 %1130, 0
  br i1 %1131, label %1132, label %1136

1132:                                             ; preds = %1121
  %1133 = load i32, ptr %6, align 4
  %1134 = load i32, ptr %7, align 4
  %1135 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %1133, i32 noundef %1134)
  br label %1136

1136:                                             ; preds = %1132, %1121
  br label %1137

1137:                                             ; preds = %1136
  %1138 = load i32, ptr %7, align 4
  %1139 = add nsw i32 %1138, 1
  store i32 %1139, ptr %7, align 4
  br label %1118, !llvm.loop !48

1140:                                             ; preds = %1118
  br label %1141

1141:                                             ; preds = %1140
  %1142 = load i32, ptr %6, align 4
  %1143 = add nsw i32 %1142, 1
  store i32 %1143, ptr %6, align 4
  br label %1114, !llvm.loop !49

1144:                                             ; preds = %1114
  store i32 0, ptr %6, align 4
  br label %1145

1145:                                             ; preds = %1185, %1144
  %1146 = load i32, ptr %6, align 4
  %1147 = icmp slt i32 %1146, 5
  br i1 %1147, label %1148, label %1188

1148:                                             ; preds = %1145
  store i32 0, ptr %7, align 4
  br label %1149

1149:                                             ; preds = %1181, %1148
  %1150 = load i32, ptr %7, align 4
  %1151 = icmp slt i32 %1150, 10
  br i1 %1151, label %1152, label %1184

1152:                                             ; preds = %1149
  store i32 0, ptr %8, align 4
  br label %1153

1153:                                             ; preds = %1177, %1152
  %1154 = load i32, ptr %8, align 4
  %1155 = icmp slt i32 %1154, 5
  br i1 %1155, label %1156, label %1180

1156:                                             ; preds = %1153
  %1157 = load i32, ptr %6, align 4
  %1158 = sext i32 %1157 to i64
  %1159 = getelementptr inbounds [5 x [10 x [5 x i32]]], ptr @g_2646, i64 0, i64 %1158
  %1160 = load i32, ptr %7, align 4
  %1161 = sext i32 %1160 to i64
  %1162 = getelementptr inbounds [10 x [5 x i32]], ptr %1159, i64 0, i64 %1161
  %1163 = load i32, ptr %8, align 4
  %1164 = sext i32 %1163 to i64
  %1165 = getelementptr inbounds [5 x i32], ptr %1162, i64 0, i64 %1164
  %1166 = load i32, ptr %1165, align 4
  %1167 = zext i32 %1166 to i64
  %1168 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1167, ptr noundef @.str.164, i32 noundef %1168)
  %1169 = load i32, ptr %9, align 4
  %1170 = icmp ne i32 %1169, 0
  br i1 %1170, label %1171, label %1176

1171:                                             ; preds = %1156
  %1172 = load i32, ptr %6, align 4
  %1173 = load i32, ptr %7, align 4
  %1174 = load i32, ptr %8, align 4
  %1175 = call i32 (ptr, ...) @printf(ptr noundef @.str.110, i32 noundef %1172, i32 noundef %1173, i32 noundef %1174)
  br label %1176

1176:                                             ; preds = %1171, %1156
  br label %1177

1177:                                             ; preds = %1176
  %1178 = load i32, ptr %8, align 4
  %1179 = add nsw i32 %1178, 1
  store i32 %1179, ptr %8, align 4
  br label %1153, !llvm.loop !50

1180:                                             ; preds = %1153
  br label %1181

1181:                                             ; preds = %1180
  %1182 = load i32, ptr %7, align 4
  %1183 = add nsw i32 %1182, 1
  store i32 %1183, ptr %7, align 4
  br label %1149, !llvm.loop !51

1184:                                             ; preds = %1149
  br label %1185

1185:                                             ; preds = %1184
  %1186 = load i32, ptr %6, align 4
  %1187 = add nsw i32 %1186, 1
  store i32 %1187, ptr %6, align 4
  br label %1145, !llvm.loop !52

1188:                                             ; preds = %1145
  %1189 = load volatile i64, ptr @g_2658, align 8
  %1190 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1189, ptr noundef @.str.165, i32 noundef %1190)
  %1191 = load volatile i32, ptr @g_2661, align 4
  %1192 = zext i32 %1191 to i64
  %1193 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1192, ptr noundef @.str.166, i32 noundef %1193)
  %1194 = load i32, ptr @g_2689, align 4
  %1195 = sext i32 %1194 to i64
  %1196 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1195, ptr noundef @.str.167, i32 noundef %1196)
  %1197 = load i32, ptr @crc32_context, align 4
  %1198 = zext i32 %1197 to i64
  %1199 = xor i64 %1198, 4294967295
  %1200 = trunc i64 %1199 to i32
  %1201 = load i32, ptr %9, align 4
  call void @platform_main_end(i32 noundef %1200, i32 noundef %1201)
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
  br label %10, !llvm.loop !53

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
  br label %5, !llvm.loop !54

36:                                               ; preds = %5
  ret void
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @func_1() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store volatile i32 -72029264, ptr %1, align 4
  store i32 1, ptr %2, align 4
  store ptr @g_491, ptr %3, align 8
  store i32 -1, ptr %4, align 4
  store i32 -28, ptr @g_4, align 4
  br label %5

5:                                                ; preds = %10, %0
  %6 = load i32, ptr @g_4, align 4
  %7 = icmp sge i32 %6, -17
  br i1 %7, label %8, label %13

8:                                                ; preds = %5
  %9 = load volatile i32, ptr getelementptr inbounds ([5 x [1 x i32]], ptr @g_2, i64 0, i64 2), align 8
  store volatile i32 %9, ptr %1, align 4
  br label %10

10:                                               ; preds = %8
  %11 = load i32, ptr @g_4, align 4
  %12 = add nsw i32 %11, 1
  store i32 %12, ptr @g_4, align 4
  br label %5, !llvm.loop !55

13:                                               ; preds = %5
  %14 = load volatile i32, ptr getelementptr inbounds ([5 x [1 x i32]], ptr @g_2, i64 0, i64 4), align 16
  %15 = trunc i32 %14 to i16
  %16 = load i32, ptr %2, align 4
  %17 = call i64 @func_13(i16 noundef zeroext %15, i32 noundef %16)
  %18 = load ptr, ptr %3, align 8
  %19 = load i64, ptr %18, align 8
  %20 = add i64 %19, 1
  store i64 %20, ptr %18, align 8
  %21 = call i64 @safe_sub_func_uint64_t_u_u(i64 noundef %17, i64 noundef %20)
  %22 = icmp ne i64 %21, 0
  br i1 %22, label %23, label %28

23:                                               ; preds = %13
  %24 = load volatile i32, ptr %1, align 4
  %25 = zext i32 %24 to i64
  %26 = call i64 @safe_mod_func_uint64_t_u_u(i64 noundef 291436755117779069, i64 noundef %25)
  %27 = icmp ne i64 %26, 0
  br label %28

28:                                               ; preds = %23, %13
  %29 = phi i1 [ false, %13 ], [ %27, %23 ]
  %30 = zext i1 %29 to i32
  %31 = xor i32 %30, -1
  %32 = load i32, ptr %4, align 4
  %33 = or i32 %32, %31
  store i32 %33, ptr %4, align 4
  %34 = load i32, ptr %2, align 4
  ret i32 %34
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
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str.177, ptr noundef %11, i64 noundef %14)
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
  %6 = call i32 (ptr, ...) @printf(ptr noundef @.str.178, i32 noundef %5)
  ret void
}

; Function Attrs: noinline nounwind uwtable
define internal i64 @safe_sub_func_uint64_t_u_u(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = sub i64 %5, %6
  ret i64 %7
}

; Function Attrs: noinline nounwind uwtable
define internal i64 @func_13(i16 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca ptr, align 8
  %12 = alloca [8 x [9 x ptr]], align 16
  %13 = alloca [5 x i16], align 2
  %14 = alloca ptr, align 8
  %15 = alloca [4 x [10 x ptr]], align 16
  %16 = alloca i16, align 2
  %17 = alloca [6 x ptr], align 16
  %18 = alloca ptr, align 8
  %19 = alloca i64, align 8
  %20 = alloca i32, align 4
  %21 = alloca [2 x [1 x [7 x ptr]]], align 16
  %22 = alloca ptr, align 8
  %23 = alloca ptr, align 8
  %24 = alloca i32, align 4
  %25 = alloca i32, align 4
  %26 = alloca i32, align 4
  %27 = alloca ptr, align 8
  %28 = alloca [4 x i32], align 16
  %29 = alloca i32, align 4
  %30 = alloca i16, align 2
  %31 = alloca i32, align 4
  %32 = alloca ptr, align 8
  %33 = alloca [6 x ptr], align 16
  %34 = alloca ptr, align 8
  %35 = alloca i8, align 1
  %36 = alloca ptr, align 8
  %37 = alloca i8, align 1
  %38 = alloca ptr, align 8
  %39 = alloca ptr, align 8
  %40 = alloca ptr, align 8
  %41 = alloca ptr, align 8
  %42 = alloca [1 x ptr], align 8
  %43 = alloca ptr, align 8
  %44 = alloca ptr, align 8
  %45 = alloca i32, align 4
  %46 = alloca ptr, align 8
  %47 = alloca ptr, align 8
  %48 = alloca ptr, align 8
  %49 = alloca ptr, align 8
  %50 = alloca i32, align 4
  %51 = alloca ptr, align 8
  %52 = alloca i32, align 4
  %53 = alloca i32, align 4
  %54 = alloca i32, align 4
  %55 = alloca i32, align 4
  %56 = alloca [5 x [7 x [7 x i32]]], align 16
  %57 = alloca ptr, align 8
  %58 = alloca ptr, align 8
  %59 = alloca [4 x [3 x [6 x i16]]], align 16
  %60 = alloca ptr, align 8
  %61 = alloca [5 x ptr], align 16
  %62 = alloca ptr, align 8
  %63 = alloca ptr, align 8
  %64 = alloca ptr, align 8
  %65 = alloca i32, align 4
  %66 = alloca ptr, align 8
  %67 = alloca ptr, align 8
  %68 = alloca [7 x [4 x i32]], align 16
  %69 = alloca [3 x i32], align 4
  %70 = alloca i32, align 4
  %71 = alloca ptr, align 8
  %72 = alloca i16, align 2
  %73 = alloca ptr, align 8
  %74 = alloca [5 x i64], align 16
  %75 = alloca [9 x [8 x i8]], align 16
  %76 = alloca i32, align 4
  %77 = alloca i32, align 4
  %78 = alloca i32, align 4
  %79 = alloca i32, align 4
  %80 = alloca i32, align 4
  %81 = alloca i32, align 4
  %82 = alloca i32, align 4
  %83 = alloca i32, align 4
  %84 = alloca i32, align 4
  %85 = alloca i32, align 4
  %86 = alloca ptr, align 8
  %87 = alloca i64, align 8
  %88 = alloca i32, align 4
  %89 = alloca i32, align 4
  %90 = alloca ptr, align 8
  %91 = alloca i32, align 4
  %92 = alloca i32, align 4
  %93 = alloca ptr, align 8
  %94 = alloca ptr, align 8
  %95 = alloca ptr, align 8
  %96 = alloca [6 x [1 x i32]], align 16
  %97 = alloca i16, align 2
  %98 = alloca i32, align 4
  %99 = alloca i32, align 4
  %100 = alloca ptr, align 8
  %101 = alloca ptr, align 8
  %102 = alloca i32, align 4
  %103 = alloca i32, align 4
  %104 = alloca i32, align 4
  %105 = alloca [2 x i32], align 4
  %106 = alloca [4 x ptr], align 16
  %107 = alloca ptr, align 8
  %108 = alloca ptr, align 8
  %109 = alloca i32, align 4
  %110 = alloca ptr, align 8
  %111 = alloca i32, align 4
  %112 = alloca i32, align 4
  %113 = alloca i32, align 4
  %114 = alloca i32, align 4
  %115 = alloca i32, align 4
  %116 = alloca i32, align 4
  %117 = alloca [9 x [2 x i16]], align 16
  %118 = alloca ptr, align 8
  %119 = alloca ptr, align 8
  %120 = alloca i32, align 4
  %121 = alloca i32, align 4
  %122 = alloca i32, align 4
  %123 = alloca [2 x i32], align 4
  %124 = alloca i32, align 4
  %125 = alloca i32, align 4
  %126 = alloca i32, align 4
  %127 = alloca ptr, align 8
  %128 = alloca [4 x [2 x ptr]], align 16
  %129 = alloca i32, align 4
  %130 = alloca i32, align 4
  %131 = alloca ptr, align 8
  %132 = alloca i32, align 4
  %133 = alloca i32, align 4
  %134 = alloca i32, align 4
  %135 = alloca i32, align 4
  %136 = alloca i32, align 4
  %137 = alloca i32, align 4
  %138 = alloca i32, align 4
  %139 = alloca i32, align 4
  %140 = alloca [6 x [8 x i64]], align 16
  %141 = alloca [5 x i32], align 16
  %142 = alloca i64, align 8
  %143 = alloca i32, align 4
  %144 = alloca i32, align 4
  %145 = alloca ptr, align 8
  %146 = alloca ptr, align 8
  %147 = alloca ptr, align 8
  %148 = alloca ptr, align 8
  %149 = alloca [5 x [2 x [10 x ptr]]], align 16
  %150 = alloca [9 x ptr], align 16
  %151 = alloca ptr, align 8
  %152 = alloca i32, align 4
  %153 = alloca i32, align 4
  %154 = alloca i32, align 4
  %155 = alloca ptr, align 8
  %156 = alloca ptr, align 8
  %157 = alloca i32, align 4
  %158 = alloca [10 x [8 x i32]], align 16
  %159 = alloca ptr, align 8
  %160 = alloca ptr, align 8
  %161 = alloca ptr, align 8
  %162 = alloca [1 x [5 x [4 x ptr]]], align 16
  %163 = alloca ptr, align 8
  %164 = alloca ptr, align 8
  %165 = alloca ptr, align 8
  %166 = alloca ptr, align 8
  %167 = alloca ptr, align 8
  %168 = alloca ptr, align 8
  %169 = alloca i64, align 8
  %170 = alloca i32, align 4
  %171 = alloca i32, align 4
  %172 = alloca i32, align 4
  store i16 %0, ptr %3, align 2
  store i32 %1, ptr %4, align 4
  store ptr @g_4, ptr %5, align 8
  store ptr @g_4, ptr %6, align 8
  store ptr null, ptr %7, align 8
  store i32 7, ptr %8, align 4
  store ptr %8, ptr %9, align 8
  store ptr @g_4, ptr %10, align 8
  store ptr null, ptr %11, align 8
  store ptr null, ptr %12, align 8
  %173 = getelementptr inbounds ptr, ptr %12, i64 1
  store ptr %8, ptr %173, align 8
  %174 = getelementptr inbounds ptr, ptr %12, i64 2
  store ptr null, ptr %174, align 8
  %175 = getelementptr inbounds ptr, ptr %12, i64 3
  store ptr @g_4, ptr %175, align 8
  %176 = getelementptr inbounds ptr, ptr %12, i64 4
  store ptr null, ptr %176, align 8
  %177 = getelementptr inbounds ptr, ptr %12, i64 5
  store ptr %8, ptr %177, align 8
  %178 = getelementptr inbounds ptr, ptr %12, i64 6
  store ptr null, ptr %178, align 8
  %179 = getelementptr inbounds ptr, ptr %12, i64 7
  store ptr @g_4, ptr %179, align 8
  %180 = getelementptr inbounds ptr, ptr %12, i64 8
  store ptr @g_4, ptr %180, align 8
  %181 = getelementptr inbounds [9 x ptr], ptr %12, i64 1
  store ptr %8, ptr %181, align 8
  %182 = getelementptr inbounds ptr, ptr %181, i64 1
  store ptr null, ptr %182, align 8
  %183 = getelementptr inbounds ptr, ptr %181, i64 2
  store ptr @g_4, ptr %183, align 8
  %184 = getelementptr inbounds ptr, ptr %181, i64 3
  store ptr null, ptr %184, align 8
  %185 = getelementptr inbounds ptr, ptr %181, i64 4
  store ptr %8, ptr %185, align 8
  %186 = getelementptr inbounds ptr, ptr %181, i64 5
  store ptr %8, ptr %186, align 8
  %187 = getelementptr inbounds ptr, ptr %181, i64 6
  store ptr %8, ptr %187, align 8
  %188 = getelementptr inbounds ptr, ptr %181, i64 7
  store ptr %8, ptr %188, align 8
  %189 = getelementptr inbounds ptr, ptr %181, i64 8
  store ptr null, ptr %189, align 8
  %190 = getelementptr inbounds [9 x ptr], ptr %12, i64 2
  store ptr null, ptr %190, align 8
  %191 = getelementptr inbounds ptr, ptr %190, i64 1
  store ptr @g_4, ptr %191, align 8
  %192 = getelementptr inbounds ptr, ptr %190, i64 2
  store ptr null, ptr %192, align 8
  %193 = getelementptr inbounds ptr, ptr %190, i64 3
  store ptr null, ptr %193, align 8
  %194 = getelementptr inbounds ptr, ptr %190, i64 4
  store ptr @g_4, ptr %194, align 8
  %195 = getelementptr inbounds ptr, ptr %190, i64 5
  store ptr null, ptr %195, align 8
  %196 = getelementptr inbounds ptr, ptr %190, i64 6
  store ptr %8, ptr %196, align 8
  %197 = getelementptr inbounds ptr, ptr %190, i64 7
  store ptr @g_4, ptr %197, align 8
  %198 = getelementptr inbounds ptr, ptr %190, i64 8
  store ptr null, ptr %198, align 8
  %199 = getelementptr inbounds [9 x ptr], ptr %12, i64 3
  store ptr @g_4, ptr %199, align 8
  %200 = getelementptr inbounds ptr, ptr %199, i64 1
  store ptr %8, ptr %200, align 8
  %201 = getelementptr inbounds ptr, ptr %199, i64 2
  store ptr %8, ptr %201, align 8
  %202 = getelementptr inbounds ptr, ptr %199, i64 3
  store ptr @g_4, ptr %202, align 8
  %203 = getelementptr inbounds ptr, ptr %199, i64 4
  store ptr @g_4, ptr %203, align 8
  %204 = getelementptr inbounds ptr, ptr %199, i64 5
  store ptr %8, ptr %204, align 8
  %205 = getelementptr inbounds ptr, ptr %199, i64 6
  store ptr %8, ptr %205, align 8
  %206 = getelementptr inbounds ptr, ptr %199, i64 7
  store ptr @g_4, ptr %206, align 8
  %207 = getelementptr inbounds ptr, ptr %199, i64 8
  store ptr %8, ptr %207, align 8
  %208 = getelementptr inbounds [9 x ptr], ptr %12, i64 4
  store ptr @g_4, ptr %208, align 8
  %209 = getelementptr inbounds ptr, ptr %208, i64 1
  store ptr @g_4, ptr %209, align 8
  %210 = getelementptr inbounds ptr, ptr %208, i64 2
  store ptr %8, ptr %210, align 8
  %211 = getelementptr inbounds ptr, ptr %208, i64 3
  store ptr null, ptr %211, align 8
  %212 = getelementptr inbounds ptr, ptr %208, i64 4
  store ptr @g_4, ptr %212, align 8
  %213 = getelementptr inbounds ptr, ptr %208, i64 5
  store ptr %8, ptr %213, align 8
  %214 = getelementptr inbounds ptr, ptr %208, i64 6
  store ptr @g_4, ptr %214, align 8
  %215 = getelementptr inbounds ptr, ptr %208, i64 7
  store ptr %8, ptr %215, align 8
  %216 = getelementptr inbounds ptr, ptr %208, i64 8
  store ptr @g_4, ptr %216, align 8
  %217 = getelementptr inbounds [9 x ptr], ptr %12, i64 5
  store ptr null, ptr %217, align 8
  %218 = getelementptr inbounds ptr, ptr %217, i64 1
  store ptr %8, ptr %218, align 8
  %219 = getelementptr inbounds ptr, ptr %217, i64 2
  store ptr %8, ptr %219, align 8
  %220 = getelementptr inbounds ptr, ptr %217, i64 3
  store ptr null, ptr %220, align 8
  %221 = getelementptr inbounds ptr, ptr %217, i64 4
  store ptr @g_4, ptr %221, align 8
  %222 = getelementptr inbounds ptr, ptr %217, i64 5
  store ptr %8, ptr %222, align 8
  %223 = getelementptr inbounds ptr, ptr %217, i64 6
  store ptr @g_4, ptr %223, align 8
  %224 = getelementptr inbounds ptr, ptr %217, i64 7
  store ptr null, ptr %224, align 8
  %225 = getelementptr inbounds ptr, ptr %217, i64 8
  store ptr %8, ptr %225, align 8
  %226 = getelementptr inbounds [9 x ptr], ptr %12, i64 6
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %226, ptr align 8 @constinit, i64 72, i1 false)
  %227 = getelementptr inbounds [9 x ptr], ptr %12, i64 7
  store ptr %8, ptr %227, align 8
  %228 = getelementptr inbounds ptr, ptr %227, i64 1
  store ptr null, ptr %228, align 8
  %229 = getelementptr inbounds ptr, ptr %227, i64 2
  store ptr @g_4, ptr %229, align 8
  %230 = getelementptr inbounds ptr, ptr %227, i64 3
  store ptr %8, ptr %230, align 8
  %231 = getelementptr inbounds ptr, ptr %227, i64 4
  store ptr @g_4, ptr %231, align 8
  %232 = getelementptr inbounds ptr, ptr %227, i64 5
  store ptr null, ptr %232, align 8
  %233 = getelementptr inbounds ptr, ptr %227, i64 6
  store ptr %8, ptr %233, align 8
  %234 = getelementptr inbounds ptr, ptr %227, i64 7
  store ptr %8, ptr %234, align 8
  %235 = getelementptr inbounds ptr, ptr %227, i64 8
  store ptr null, ptr %235, align 8
  store ptr null, ptr %14, align 8
  store ptr %14, ptr %15, align 8
  %236 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %14, ptr %236, align 8
  %237 = getelementptr inbounds ptr, ptr %15, i64 2
  store ptr %14, ptr %237, align 8
  %238 = getelementptr inbounds ptr, ptr %15, i64 3
  store ptr %14, ptr %238, align 8
  %239 = getelementptr inbounds ptr, ptr %15, i64 4
  store ptr %14, ptr %239, align 8
  %240 = getelementptr inbounds ptr, ptr %15, i64 5
  store ptr %14, ptr %240, align 8
  %241 = getelementptr inbounds ptr, ptr %15, i64 6
  store ptr %14, ptr %241, align 8
  %242 = getelementptr inbounds ptr, ptr %15, i64 7
  store ptr %14, ptr %242, align 8
  %243 = getelementptr inbounds ptr, ptr %15, i64 8
  store ptr %14, ptr %243, align 8
  %244 = getelementptr inbounds ptr, ptr %15, i64 9
  store ptr %14, ptr %244, align 8
  %245 = getelementptr inbounds [10 x ptr], ptr %15, i64 1
  store ptr %14, ptr %245, align 8
  %246 = getelementptr inbounds ptr, ptr %245, i64 1
  store ptr %14, ptr %246, align 8
  %247 = getelementptr inbounds ptr, ptr %245, i64 2
  store ptr %14, ptr %247, align 8
  %248 = getelementptr inbounds ptr, ptr %245, i64 3
  store ptr %14, ptr %248, align 8
  %249 = getelementptr inbounds ptr, ptr %245, i64 4
  store ptr %14, ptr %249, align 8
  %250 = getelementptr inbounds ptr, ptr %245, i64 5
  store ptr %14, ptr %250, align 8
  %251 = getelementptr inbounds ptr, ptr %245, i64 6
  store ptr %14, ptr %251, align 8
  %252 = getelementptr inbounds ptr, ptr %245, i64 7
  store ptr %14, ptr %252, align 8
  %253 = getelementptr inbounds ptr, ptr %245, i64 8
  store ptr %14, ptr %253, align 8
  %254 = getelementptr inbounds ptr, ptr %245, i64 9
  store ptr %14, ptr %254, align 8
  %255 = getelementptr inbounds [10 x ptr], ptr %15, i64 2
  store ptr %14, ptr %255, align 8
  %256 = getelementptr inbounds ptr, ptr %255, i64 1
  store ptr %14, ptr %256, align 8
  %257 = getelementptr inbounds ptr, ptr %255, i64 2
  store ptr %14, ptr %257, align 8
  %258 = getelementptr inbounds ptr, ptr %255, i64 3
  store ptr %14, ptr %258, align 8
  %259 = getelementptr inbounds ptr, ptr %255, i64 4
  store ptr %14, ptr %259, align 8
  %260 = getelementptr inbounds ptr, ptr %255, i64 5
  store ptr %14, ptr %260, align 8
  %261 = getelementptr inbounds ptr, ptr %255, i64 6
  store ptr %14, ptr %261, align 8
  %262 = getelementptr inbounds ptr, ptr %255, i64 7
  store ptr %14, ptr %262, align 8
  %263 = getelementptr inbounds ptr, ptr %255, i64 8
  store ptr %14, ptr %263, align 8
  %264 = getelementptr inbounds ptr, ptr %255, i64 9
  store ptr %14, ptr %264, align 8
  %265 = getelementptr inbounds [10 x ptr], ptr %15, i64 3
  store ptr %14, ptr %265, align 8
  %266 = getelementptr inbounds ptr, ptr %265, i64 1
  store ptr %14, ptr %266, align 8
  %267 = getelementptr inbounds ptr, ptr %265, i64 2
  store ptr %14, ptr %267, align 8
  %268 = getelementptr inbounds ptr, ptr %265, i64 3
  store ptr %14, ptr %268, align 8
  %269 = getelementptr inbounds ptr, ptr %265, i64 4
  store ptr %14, ptr %269, align 8
  %270 = getelementptr inbounds ptr, ptr %265, i64 5
  store ptr %14, ptr %270, align 8
  %271 = getelementptr inbounds ptr, ptr %265, i64 6
  store ptr %14, ptr %271, align 8
  %272 = getelementptr inbounds ptr, ptr %265, i64 7
  store ptr %14, ptr %272, align 8
  %273 = getelementptr inbounds ptr, ptr %265, i64 8
  store ptr %14, ptr %273, align 8
  %274 = getelementptr inbounds ptr, ptr %265, i64 9
  store ptr %14, ptr %274, align 8
  store i16 -4420, ptr %16, align 2
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %17, ptr align 16 @__const.func_13.l_2394, i64 48, i1 false)
  store ptr @g_2164, ptr %18, align 8
  store i64 -1, ptr %19, align 8
  store i32 -10, ptr %20, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %21, ptr align 16 @__const.func_13.l_2662, i64 112, i1 false)
  store ptr null, ptr %22, align 8
  store ptr %22, ptr %23, align 8
  store i32 0, ptr %24, align 4
  br label %275

275:                                              ; preds = %282, %2
  %276 = load i32, ptr %24, align 4
  %277 = icmp slt i32 %276, 5
  br i1 %277, label %278, label %285

278:                                              ; preds = %275
  %279 = load i32, ptr %24, align 4
  %280 = sext i32 %279 to i64
  %281 = getelementptr inbounds [5 x i16], ptr %13, i64 0, i64 %280
  store i16 -14217, ptr %281, align 2
  br label %282

282:                                              ; preds = %278
  %283 = load i32, ptr %24, align 4
  %284 = add nsw i32 %283, 1
  store i32 %284, ptr %24, align 4
  br label %275, !llvm.loop !56

285:                                              ; preds = %275
  %286 = getelementptr inbounds [5 x i16], ptr %13, i64 0, i64 2
  %287 = load i16, ptr %286, align 2
  %288 = add i16 %287, -1
  store i16 %288, ptr %286, align 2
  %289 = load ptr, ptr %9, align 8
  %290 = load i32, ptr %289, align 4
  %291 = sext i32 %290 to i64
  %292 = xor i64 %291, 0
  %293 = trunc i64 %292 to i32
  store i32 %293, ptr %289, align 4
  %294 = icmp ne i32 %293, 0
  br i1 %294, label %295, label %313

295:                                              ; preds = %285
  br label %296

296:                                              ; preds = %1087, %705, %295
  store i32 0, ptr %4, align 4
  br label %297

297:                                              ; preds = %307, %296
  %298 = load i32, ptr %4, align 4
  %299 = icmp ult i32 %298, 39
  br i1 %299, label %300, label %312

300:                                              ; preds = %297
  store ptr @g_31, ptr %27, align 8
  %301 = load ptr, ptr %5, align 8
  store i32 1054090187, ptr %301, align 4
  %302 = load i16, ptr %3, align 2
  %303 = zext i16 %302 to i32
  %304 = load ptr, ptr %6, align 8
  store i32 %303, ptr %304, align 4
  %305 = load ptr, ptr %27, align 8
  %306 = load volatile ptr, ptr @g_32, align 8
  store ptr %305, ptr %306, align 8
  br label %307

307:                                              ; preds = %300
  %308 = load i32, ptr %4, align 4
  %309 = trunc i32 %308 to i16
  %310 = call signext i16 @safe_add_func_int16_t_s_s(i16 noundef signext %309, i16 noundef signext 8)
  %311 = sext i16 %310 to i32
  store i32 %311, ptr %4, align 4
  br label %297, !llvm.loop !57

312:                                              ; preds = %297
  br label %1303

313:                                              ; preds = %285
  store i32 -1, ptr %29, align 4
  store i16 1, ptr %30, align 2
  store i32 484894309, ptr %31, align 4
  store ptr @g_2120, ptr %32, align 8
  store ptr %32, ptr %33, align 8
  %314 = getelementptr inbounds ptr, ptr %33, i64 1
  store ptr %32, ptr %314, align 8
  %315 = getelementptr inbounds ptr, ptr %33, i64 2
  store ptr %32, ptr %315, align 8
  %316 = getelementptr inbounds ptr, ptr %33, i64 3
  store ptr %32, ptr %316, align 8
  %317 = getelementptr inbounds ptr, ptr %33, i64 4
  store ptr %32, ptr %317, align 8
  %318 = getelementptr inbounds ptr, ptr %33, i64 5
  store ptr %32, ptr %318, align 8
  %319 = getelementptr inbounds [6 x ptr], ptr %33, i64 0, i64 3
  store ptr %319, ptr %34, align 8
  store i8 -1, ptr %35, align 1
  store ptr null, ptr %36, align 8
  store i8 -3, ptr %37, align 1
  store ptr @g_966, ptr %38, align 8
  store ptr %38, ptr %39, align 8
  store ptr %39, ptr %40, align 8
  store ptr @g_1197, ptr %41, align 8
  %320 = getelementptr inbounds [1 x ptr], ptr %42, i64 0, i64 0
  store ptr %320, ptr %43, align 8
  store ptr %43, ptr %44, align 8
  store i32 -172637332, ptr %45, align 4
  store ptr getelementptr inbounds ([3 x i32], ptr getelementptr inbounds ([7 x [3 x i32]], ptr @g_1985, i64 0, i64 3), i64 0, i64 1), ptr %46, align 8
  store ptr %46, ptr %47, align 8
  store ptr %47, ptr %48, align 8
  store ptr %48, ptr %49, align 8
  store i32 0, ptr %50, align 4
  br label %321

321:                                              ; preds = %328, %313
  %322 = load i32, ptr %50, align 4
  %323 = icmp slt i32 %322, 4
  br i1 %323, label %324, label %331

324:                                              ; preds = %321
  %325 = load i32, ptr %50, align 4
  %326 = sext i32 %325 to i64
  %327 = getelementptr inbounds [4 x i32], ptr %28, i64 0, i64 %326
  store i32 3, ptr %327, align 4
  br label %328

328:                                              ; preds = %324
  %329 = load i32, ptr %50, align 4
  %330 = add nsw i32 %329, 1
  store i32 %330, ptr %50, align 4
  br label %321, !llvm.loop !58

331:                                              ; preds = %321
  store i32 0, ptr %50, align 4
  br label %332

332:                                              ; preds = %339, %331
  %333 = load i32, ptr %50, align 4
  %334 = icmp slt i32 %333, 1
  br i1 %334, label %335, label %342

335:                                              ; preds = %332
  %336 = load i32, ptr %50, align 4
  %337 = sext i32 %336 to i64
  %338 = getelementptr inbounds [1 x ptr], ptr %42, i64 0, i64 %337
  store ptr %30, ptr %338, align 8
  br label %339

339:                                              ; preds = %335
  %340 = load i32, ptr %50, align 4
  %341 = add nsw i32 %340, 1
  store i32 %341, ptr %50, align 4
  br label %332, !llvm.loop !59

342:                                              ; preds = %332
  %343 = getelementptr inbounds [4 x i32], ptr %28, i64 0, i64 3
  %344 = load i32, ptr %343, align 4
  %345 = sext i32 %344 to i64
  %346 = call i32 @func_34(i64 noundef %345)
  %347 = icmp ne i32 %346, 0
  br i1 %347, label %348, label %355

348:                                              ; preds = %342
  %349 = load ptr, ptr @g_789, align 8
  %350 = load ptr, ptr %349, align 8
  %351 = load ptr, ptr @g_787, align 8
  %352 = load volatile ptr, ptr %351, align 8
  %353 = load ptr, ptr %352, align 8
  store ptr %350, ptr %353, align 8
  %354 = load ptr, ptr %5, align 8
  store i32 0, ptr %354, align 4
  br label %1302

355:                                              ; preds = %342
  store ptr @g_2260, ptr %51, align 8
  store i32 0, ptr %52, align 4
  store i32 9, ptr %53, align 4
  store i32 -1, ptr %54, align 4
  store i32 0, ptr %55, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %56, ptr align 16 @__const.func_13.l_2285, i64 980, i1 false)
  store ptr @g_725, ptr %57, align 8
  store ptr %57, ptr %58, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %59, ptr align 16 @__const.func_13.l_2353, i64 144, i1 false)
  store ptr @g_147, ptr %60, align 8
  store ptr %8, ptr %61, align 8
  %356 = getelementptr inbounds ptr, ptr %61, i64 1
  store ptr %8, ptr %356, align 8
  %357 = getelementptr inbounds ptr, ptr %61, i64 2
  store ptr %8, ptr %357, align 8
  %358 = getelementptr inbounds ptr, ptr %61, i64 3
  store ptr %8, ptr %358, align 8
  %359 = getelementptr inbounds ptr, ptr %61, i64 4
  store ptr %8, ptr %359, align 8
  %360 = getelementptr inbounds [8 x [9 x ptr]], ptr %12, i64 0, i64 6
  %361 = getelementptr inbounds [9 x ptr], ptr %360, i64 0, i64 7
  store ptr %361, ptr %62, align 8
  store ptr %62, ptr %63, align 8
  store ptr %63, ptr %64, align 8
  store i32 -1951562311, ptr %65, align 4
  store ptr getelementptr inbounds ([3 x i32], ptr getelementptr inbounds ([7 x [3 x i32]], ptr @g_1985, i64 0, i64 5), i64 0, i64 1), ptr %66, align 8
  store ptr %66, ptr %67, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %68, ptr align 16 @__const.func_13.l_2578, i64 112, i1 false)
  store i32 -315647921, ptr %70, align 4
  store ptr null, ptr %71, align 8
  store i16 -21470, ptr %72, align 2
  store ptr %14, ptr %73, align 8
  call void @llvm.memset.p0.i64(ptr align 16 %74, i8 0, i64 40, i1 false)
  %362 = getelementptr inbounds [5 x i64], ptr %74, i32 0, i32 0
  store i64 -3899471568689683181, ptr %362, align 16
  %363 = getelementptr inbounds [5 x i64], ptr %74, i32 0, i32 1
  store i64 -3899471568689683181, ptr %363, align 8
  %364 = getelementptr inbounds [5 x i64], ptr %74, i32 0, i32 2
  store i64 -3899471568689683181, ptr %364, align 16
  %365 = getelementptr inbounds [5 x i64], ptr %74, i32 0, i32 3
  store i64 -3899471568689683181, ptr %365, align 8
  %366 = getelementptr inbounds [5 x i64], ptr %74, i32 0, i32 4
  store i64 -3899471568689683181, ptr %366, align 16
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %75, ptr align 16 @__const.func_13.l_2701, i64 72, i1 false)
  store i32 0, ptr %76, align 4
  br label %367

367:                                              ; preds = %374, %355
  %368 = load i32, ptr %76, align 4
  %369 = icmp slt i32 %368, 3
  br i1 %369, label %370, label %377

370:                                              ; preds = %367
  %371 = load i32, ptr %76, align 4
  %372 = sext i32 %371 to i64
  %373 = getelementptr inbounds [3 x i32], ptr %69, i64 0, i64 %372
  store i32 860331548, ptr %373, align 4
  br label %374

374:                                              ; preds = %370
  %375 = load i32, ptr %76, align 4
  %376 = add nsw i32 %375, 1
  store i32 %376, ptr %76, align 4
  br label %367, !llvm.loop !60

377:                                              ; preds = %367
  %378 = load ptr, ptr @g_2260, align 8
  %379 = load ptr, ptr %51, align 8
  store ptr %378, ptr %379, align 8
  %380 = load i32, ptr %4, align 4
  %381 = icmp ne i32 %380, 0
  br i1 %381, label %382, label %760

382:                                              ; preds = %377
  store i32 1, ptr %79, align 4
  store i32 -528940591, ptr %80, align 4
  store i32 1250065994, ptr %81, align 4
  store i32 910286154, ptr %82, align 4
  store i32 1046003033, ptr %83, align 4
  store i32 768181328, ptr %84, align 4
  store i32 -8, ptr %85, align 4
  store ptr @g_1248, ptr %86, align 8
  store i64 0, ptr %87, align 8
  store i32 -10, ptr %88, align 4
  store i32 1, ptr %89, align 4
  store i32 0, ptr @g_783, align 4
  br label %383

383:                                              ; preds = %433, %382
  %384 = load i32, ptr @g_783, align 4
  %385 = icmp eq i32 %384, -25
  br i1 %385, label %386, label %436

386:                                              ; preds = %383
  store ptr %8, ptr %90, align 8
  store i32 -677839634, ptr %91, align 4
  store i32 1, ptr %92, align 4
  %387 = load i32, ptr %79, align 4
  %388 = zext i32 %387 to i64
  %389 = or i64 %388, 0
  %390 = trunc i64 %389 to i32
  store i32 %390, ptr %79, align 4
  store i32 0, ptr @g_41, align 4
  br label %391

391:                                              ; preds = %427, %386
  %392 = load i32, ptr @g_41, align 4
  %393 = icmp ne i32 %392, -12
  br i1 %393, label %394, label %432

394:                                              ; preds = %391
  store ptr null, ptr %93, align 8
  store ptr %93, ptr %94, align 8
  store ptr @g_816, ptr %95, align 8
  store i16 31343, ptr %97, align 2
  store i32 0, ptr %98, align 4
  br label %395

395:                                              ; preds = %413, %394
  %396 = load i32, ptr %98, align 4
  %397 = icmp slt i32 %396, 6
  br i1 %397, label %398, label %416

398:                                              ; preds = %395
  store i32 0, ptr %99, align 4
  br label %399

399:                                              ; preds = %409, %398
  %400 = load i32, ptr %99, align 4
  %401 = icmp slt i32 %400, 1
  br i1 %401, label %402, label %412

402:                                              ; preds = %399
  %403 = load i32, ptr %98, align 4
  %404 = sext i32 %403 to i64
  %405 = getelementptr inbounds [6 x [1 x i32]], ptr %96, i64 0, i64 %404
  %406 = load i32, ptr %99, align 4
  %407 = sext i32 %406 to i64
  %408 = getelementptr inbounds [1 x i32], ptr %405, i64 0, i64 %407
  store i32 -316310675, ptr %408, align 4
  br label %409

409:                                              ; preds = %402
  %410 = load i32, ptr %99, align 4
  %411 = add nsw i32 %410, 1
  store i32 %411, ptr %99, align 4
  br label %399, !llvm.loop !61

412:                                              ; preds = %399
  br label %413

413:                                              ; preds = %412
  %414 = load i32, ptr %98, align 4
  %415 = add nsw i32 %414, 1
  store i32 %415, ptr %98, align 4
  br label %395, !llvm.loop !62

416:                                              ; preds = %395
  %417 = load ptr, ptr %94, align 8
  store ptr null, ptr %417, align 8
  %418 = load ptr, ptr %95, align 8
  %419 = load ptr, ptr @g_128, align 8
  %420 = load volatile ptr, ptr %419, align 8
  store ptr %418, ptr %420, align 8
  %421 = load i16, ptr %97, align 2
  %422 = add i16 %421, -1
  store i16 %422, ptr %97, align 2
  %423 = load i32, ptr %4, align 4
  %424 = icmp ne i32 %423, 0
  br i1 %424, label %425, label %426

425:                                              ; preds = %416
  br label %427

426:                                              ; preds = %416
  br label %427

427:                                              ; preds = %426, %425
  %428 = load i32, ptr @g_41, align 4
  %429 = trunc i32 %428 to i16
  %430 = call zeroext i16 @safe_sub_func_uint16_t_u_u(i16 noundef zeroext %429, i16 noundef zeroext 6)
  %431 = zext i16 %430 to i32
  store i32 %431, ptr @g_41, align 4
  br label %391, !llvm.loop !63

432:                                              ; preds = %391
  br label %433

433:                                              ; preds = %432
  %434 = load i32, ptr @g_783, align 4
  %435 = add nsw i32 %434, -1
  store i32 %435, ptr @g_783, align 4
  br label %383, !llvm.loop !64

436:                                              ; preds = %383
  %437 = load i32, ptr %4, align 4
  %438 = trunc i32 %437 to i16
  %439 = call zeroext i16 @safe_mod_func_uint16_t_u_u(i16 noundef zeroext %438, i16 noundef zeroext 9)
  %440 = icmp ne i16 %439, 0
  br i1 %440, label %441, label %503

441:                                              ; preds = %436
  store ptr @g_717, ptr %100, align 8
  %442 = call zeroext i16 @safe_lshift_func_uint16_t_u_u(i16 noundef zeroext -2, i32 noundef 13)
  %443 = zext i16 %442 to i64
  %444 = icmp sle i64 %443, -1
  %445 = zext i1 %444 to i32
  %446 = load i16, ptr %3, align 2
  %447 = zext i16 %446 to i32
  %448 = icmp ne i32 %447, 0
  br i1 %448, label %449, label %452

449:                                              ; preds = %441
  %450 = load i32, ptr %80, align 4
  %451 = icmp ne i32 %450, 0
  br label %452

452:                                              ; preds = %449, %441
  %453 = phi i1 [ false, %441 ], [ %451, %449 ]
  %454 = zext i1 %453 to i32
  %455 = call i32 @safe_add_func_int32_t_s_s(i32 noundef %445, i32 noundef %454)
  %456 = load i16, ptr %3, align 2
  %457 = icmp ne i16 %456, 0
  %458 = xor i1 %457, true
  %459 = zext i1 %458 to i32
  %460 = load ptr, ptr %100, align 8
  %461 = load i16, ptr %460, align 2
  %462 = sext i16 %461 to i32
  %463 = xor i32 %462, %459
  %464 = trunc i32 %463 to i16
  store i16 %464, ptr %460, align 2
  %465 = call signext i16 @safe_unary_minus_func_int16_t_s(i16 noundef signext %464)
  %466 = sext i16 %465 to i32
  %467 = load i32, ptr getelementptr inbounds ([2 x i32], ptr getelementptr inbounds ([10 x [2 x i32]], ptr @g_49, i64 0, i64 7), i64 0, i64 1), align 4
  %468 = icmp slt i32 %466, %467
  %469 = zext i1 %468 to i32
  %470 = trunc i32 %469 to i8
  %471 = load ptr, ptr %86, align 8
  %472 = load ptr, ptr @g_1621, align 8
  store ptr %471, ptr %472, align 8
  %473 = load ptr, ptr @g_1480, align 8
  %474 = load ptr, ptr %473, align 8
  %475 = icmp ne ptr %471, %474
  %476 = zext i1 %475 to i32
  %477 = trunc i32 %476 to i16
  %478 = call signext i16 @safe_div_func_int16_t_s_s(i16 noundef signext %477, i16 noundef signext 23033)
  %479 = sext i16 %478 to i64
  %480 = load i32, ptr %4, align 4
  %481 = zext i32 %480 to i64
  %482 = call i64 @safe_mod_func_int64_t_s_s(i64 noundef %479, i64 noundef %481)
  %483 = load i32, ptr %4, align 4
  %484 = trunc i32 %483 to i16
  %485 = getelementptr inbounds [4 x i32], ptr %28, i64 0, i64 3
  %486 = load i32, ptr %485, align 4
  %487 = trunc i32 %486 to i16
  %488 = call zeroext i16 @safe_add_func_uint16_t_u_u(i16 noundef zeroext %484, i16 noundef zeroext %487)
  %489 = zext i16 %488 to i32
  %490 = call zeroext i8 @safe_lshift_func_uint8_t_u_u(i8 noundef zeroext %470, i32 noundef %489)
  %491 = zext i8 %490 to i32
  %492 = icmp ne i32 %491, 0
  br i1 %492, label %493, label %496

493:                                              ; preds = %452
  %494 = load i32, ptr %4, align 4
  %495 = icmp ne i32 %494, 0
  br label %496

496:                                              ; preds = %493, %452
  %497 = phi i1 [ false, %452 ], [ %495, %493 ]
  %498 = zext i1 %497 to i32
  %499 = load i32, ptr @g_248, align 4
  %500 = icmp sgt i32 %498, %499
  %501 = zext i1 %500 to i32
  %502 = trunc i32 %501 to i16
  store i16 %502, ptr @g_2310, align 2
  br label %759

503:                                              ; preds = %436
  store ptr @g_1196, ptr %101, align 8
  store i32 1600300331, ptr %102, align 4
  store i32 0, ptr %103, align 4
  store i32 1, ptr %104, align 4
  store i8 14, ptr @g_147, align 1
  br label %504

504:                                              ; preds = %707, %503
  %505 = load i8, ptr @g_147, align 1
  %506 = zext i8 %505 to i32
  %507 = icmp eq i32 %506, 6
  br i1 %507, label %508, label %710

508:                                              ; preds = %504
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %106, ptr align 16 @__const.func_13.l_2335, i64 32, i1 false)
  store ptr @g_1621, ptr %107, align 8
  store ptr @g_55, ptr %108, align 8
  store i32 0, ptr %109, align 4
  br label %509

509:                                              ; preds = %516, %508
  %510 = load i32, ptr %109, align 4
  %511 = icmp slt i32 %510, 2
  br i1 %511, label %512, label %519

512:                                              ; preds = %509
  %513 = load i32, ptr %109, align 4
  %514 = sext i32 %513 to i64
  %515 = getelementptr inbounds [2 x i32], ptr %105, i64 0, i64 %514
  store i32 1, ptr %515, align 4
  br label %516

516:                                              ; preds = %512
  %517 = load i32, ptr %109, align 4
  %518 = add nsw i32 %517, 1
  store i32 %518, ptr %109, align 4
  br label %509, !llvm.loop !65

519:                                              ; preds = %509
  %520 = load i32, ptr %52, align 4
  %521 = load i16, ptr %3, align 2
  %522 = call signext i16 @safe_div_func_int16_t_s_s(i16 noundef signext %521, i16 noundef signext -1)
  %523 = sext i16 %522 to i32
  %524 = load i32, ptr %4, align 4
  %525 = load ptr, ptr @g_2260, align 8
  %526 = load volatile ptr, ptr %525, align 8
  %527 = icmp eq ptr %526, null
  %528 = zext i1 %527 to i32
  %529 = load ptr, ptr @g_725, align 8
  %530 = load i32, ptr %529, align 4
  %531 = add i32 %530, 1
  store i32 %531, ptr %529, align 4
  %532 = load i32, ptr %81, align 4
  %533 = load i16, ptr %3, align 2
  %534 = load ptr, ptr @g_1197, align 8
  %535 = load ptr, ptr %534, align 8
  store i64 1, ptr %535, align 8
  %536 = getelementptr inbounds [2 x i32], ptr %105, i64 0, i64 0
  %537 = load i32, ptr %536, align 4
  %538 = zext i32 %537 to i64
  %539 = call i64 @safe_mod_func_int64_t_s_s(i64 noundef 1, i64 noundef %538)
  %540 = trunc i64 %539 to i8
  %541 = getelementptr inbounds [4 x i32], ptr %28, i64 0, i64 3
  %542 = load i32, ptr %541, align 4
  %543 = trunc i32 %542 to i8
  %544 = call signext i8 @safe_mod_func_int8_t_s_s(i8 noundef signext %540, i8 noundef signext %543)
  %545 = sext i8 %544 to i64
  store i64 %545, ptr @g_1934, align 8
  %546 = load i32, ptr %4, align 4
  %547 = zext i32 %546 to i64
  %548 = icmp ne i64 %545, %547
  %549 = zext i1 %548 to i32
  %550 = or i32 %530, %549
  %551 = load i32, ptr %4, align 4
  %552 = xor i32 %550, %551
  %553 = icmp ne i32 %552, 0
  br i1 %553, label %554, label %557

554:                                              ; preds = %519
  %555 = load i32, ptr %81, align 4
  %556 = icmp ne i32 %555, 0
  br label %557

557:                                              ; preds = %554, %519
  %558 = phi i1 [ false, %519 ], [ %556, %554 ]
  %559 = zext i1 %558 to i32
  %560 = trunc i32 %559 to i16
  %561 = load i32, ptr %81, align 4
  %562 = trunc i32 %561 to i16
  %563 = call zeroext i16 @safe_mod_func_uint16_t_u_u(i16 noundef zeroext %560, i16 noundef zeroext %562)
  %564 = zext i16 %563 to i32
  %565 = xor i32 %564, -1
  %566 = xor i32 %565, -1
  %567 = getelementptr inbounds [4 x i32], ptr %28, i64 0, i64 1
  %568 = load i32, ptr %567, align 4
  %569 = icmp eq i32 %528, %568
  %570 = zext i1 %569 to i32
  %571 = load ptr, ptr @g_1248, align 8
  %572 = load i8, ptr %571, align 1
  %573 = sext i8 %572 to i32
  %574 = or i32 %570, %573
  %575 = load i16, ptr %3, align 2
  %576 = zext i16 %575 to i32
  %577 = icmp sgt i32 %574, %576
  %578 = zext i1 %577 to i32
  %579 = call i32 @safe_add_func_int32_t_s_s(i32 noundef %524, i32 noundef %578)
  %580 = sext i32 %579 to i64
  %581 = icmp sle i64 %580, 492185166665922068
  %582 = zext i1 %581 to i32
  store i32 %582, ptr %80, align 4
  %583 = icmp sgt i32 %523, %582
  %584 = zext i1 %583 to i32
  %585 = load i16, ptr %3, align 2
  %586 = zext i16 %585 to i32
  %587 = icmp ne i32 %584, %586
  %588 = zext i1 %587 to i32
  %589 = xor i32 %588, -1
  %590 = sext i32 %589 to i64
  %591 = load i64, ptr getelementptr inbounds ([8 x i64], ptr @g_1931, i64 0, i64 1), align 8
  %592 = icmp uge i64 %590, %591
  %593 = zext i1 %592 to i32
  %594 = sext i32 %593 to i64
  %595 = icmp sgt i64 %594, -10
  br i1 %595, label %602, label %596

596:                                              ; preds = %557
  %597 = load volatile ptr, ptr @g_2261, align 8
  %598 = load ptr, ptr %597, align 8
  %599 = load volatile ptr, ptr %598, align 8
  %600 = load i32, ptr %599, align 4
  %601 = icmp ne i32 %600, 0
  br label %602

602:                                              ; preds = %596, %557
  %603 = phi i1 [ true, %557 ], [ %601, %596 ]
  %604 = zext i1 %603 to i32
  %605 = getelementptr inbounds [2 x i32], ptr %105, i64 0, i64 0
  %606 = load i32, ptr %605, align 4
  %607 = call i32 @safe_mod_func_uint32_t_u_u(i32 noundef %604, i32 noundef %606)
  %608 = trunc i32 %607 to i8
  %609 = load ptr, ptr @g_1622, align 8
  %610 = load ptr, ptr %609, align 8
  store i8 %608, ptr %610, align 1
  %611 = icmp ne i8 %608, 0
  %612 = xor i1 %611, true
  %613 = zext i1 %612 to i32
  %614 = icmp sge i32 %520, %613
  %615 = zext i1 %614 to i32
  %616 = load ptr, ptr %10, align 8
  %617 = load i32, ptr %616, align 4
  %618 = or i32 %617, %615
  store i32 %618, ptr %616, align 4
  %619 = load i32, ptr %4, align 4
  %620 = getelementptr inbounds [4 x [10 x ptr]], ptr %15, i64 0, i64 2
  %621 = getelementptr inbounds [10 x ptr], ptr %620, i64 0, i64 0
  %622 = load ptr, ptr %621, align 16
  %623 = icmp eq ptr %622, @g_1024
  br i1 %623, label %624, label %631

624:                                              ; preds = %602
  %625 = load ptr, ptr @g_1024, align 8
  %626 = load volatile ptr, ptr %625, align 8
  %627 = load ptr, ptr %626, align 8
  %628 = load volatile i16, ptr %627, align 2
  %629 = sext i16 %628 to i32
  %630 = icmp ne i32 %629, 0
  br label %631

631:                                              ; preds = %624, %602
  %632 = phi i1 [ true, %602 ], [ %630, %624 ]
  %633 = zext i1 %632 to i32
  %634 = load ptr, ptr %58, align 8
  %635 = icmp ne ptr %634, null
  %636 = zext i1 %635 to i32
  %637 = icmp sge i32 %633, %636
  %638 = zext i1 %637 to i32
  %639 = load i32, ptr %4, align 4
  %640 = trunc i32 %639 to i8
  %641 = load ptr, ptr %107, align 8
  %642 = icmp eq ptr null, %641
  %643 = zext i1 %642 to i32
  %644 = getelementptr inbounds [4 x [3 x [6 x i16]]], ptr %59, i64 0, i64 0
  %645 = getelementptr inbounds [3 x [6 x i16]], ptr %644, i64 0, i64 0
  %646 = getelementptr inbounds [6 x i16], ptr %645, i64 0, i64 5
  %647 = load i16, ptr %646, align 2
  %648 = zext i16 %647 to i32
  %649 = or i32 %643, %648
  %650 = load ptr, ptr %10, align 8
  %651 = load i32, ptr %650, align 4
  %652 = icmp sle i32 %649, %651
  %653 = zext i1 %652 to i32
  %654 = load i16, ptr %3, align 2
  %655 = zext i16 %654 to i32
  %656 = xor i32 %653, %655
  %657 = load i16, ptr %3, align 2
  %658 = trunc i16 %657 to i8
  %659 = load ptr, ptr %108, align 8
  store i8 %658, ptr %659, align 1
  %660 = call zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext %640, i8 noundef zeroext %658)
  %661 = zext i8 %660 to i32
  %662 = or i32 %638, %661
  %663 = load i16, ptr %3, align 2
  %664 = zext i16 %663 to i32
  %665 = icmp sle i32 %662, %664
  %666 = zext i1 %665 to i32
  %667 = load i32, ptr %4, align 4
  %668 = icmp ugt i32 %666, %667
  br i1 %668, label %672, label %669

669:                                              ; preds = %631
  %670 = load i32, ptr %29, align 4
  %671 = icmp ne i32 %670, 0
  br label %672

672:                                              ; preds = %669, %631
  %673 = phi i1 [ true, %631 ], [ %671, %669 ]
  %674 = zext i1 %673 to i32
  %675 = load i16, ptr %3, align 2
  %676 = zext i16 %675 to i32
  %677 = or i32 %674, %676
  store i32 %677, ptr %102, align 4
  %678 = load ptr, ptr %10, align 8
  %679 = load i32, ptr %678, align 4
  %680 = call i32 @safe_add_func_uint32_t_u_u(i32 noundef %677, i32 noundef %679)
  %681 = icmp ne i32 %680, 0
  %682 = xor i1 %681, true
  %683 = zext i1 %682 to i32
  %684 = sext i32 %683 to i64
  %685 = icmp ult i64 %684, -815860557892130653
  %686 = zext i1 %685 to i32
  %687 = sext i32 %686 to i64
  %688 = icmp uge i64 %687, 0
  %689 = zext i1 %688 to i32
  %690 = trunc i32 %689 to i16
  %691 = call zeroext i16 @safe_lshift_func_uint16_t_u_s(i16 noundef zeroext %690, i32 noundef 0)
  %692 = zext i16 %691 to i64
  %693 = xor i64 %692, 255
  %694 = trunc i64 %693 to i8
  %695 = load i32, ptr @g_45, align 4
  %696 = call zeroext i8 @safe_lshift_func_uint8_t_u_u(i8 noundef zeroext %694, i32 noundef %695)
  %697 = zext i8 %696 to i32
  %698 = load i16, ptr %3, align 2
  %699 = zext i16 %698 to i32
  %700 = icmp sle i32 %697, %699
  %701 = zext i1 %700 to i32
  %702 = load ptr, ptr %5, align 8
  store i32 %701, ptr %702, align 4
  %703 = load i32, ptr %81, align 4
  %704 = icmp ne i32 %703, 0
  br i1 %704, label %705, label %706

705:                                              ; preds = %672
  br label %296

706:                                              ; preds = %672
  br label %707

707:                                              ; preds = %706
  %708 = load i8, ptr @g_147, align 1
  %709 = add i8 %708, -1
  store i8 %709, ptr @g_147, align 1
  br label %504, !llvm.loop !66

710:                                              ; preds = %504
  %711 = load ptr, ptr %10, align 8
  store i32 -312130108, ptr %711, align 4
  %712 = load i32, ptr %4, align 4
  %713 = load ptr, ptr %9, align 8
  store i32 %712, ptr %713, align 4
  %714 = icmp ne i32 %712, 0
  br i1 %714, label %715, label %747

715:                                              ; preds = %710
  %716 = load i16, ptr %30, align 2
  %717 = zext i16 %716 to i32
  %718 = load i32, ptr %84, align 4
  %719 = getelementptr inbounds [4 x i32], ptr %28, i64 0, i64 2
  %720 = load i32, ptr %719, align 8
  %721 = icmp sge i32 %718, %720
  %722 = zext i1 %721 to i32
  %723 = load i32, ptr %102, align 4
  %724 = load ptr, ptr @g_1622, align 8
  %725 = load ptr, ptr %724, align 8
  %726 = load i8, ptr %725, align 1
  %727 = sext i8 %726 to i32
  %728 = and i32 %727, %723
  %729 = trunc i32 %728 to i8
  store i8 %729, ptr %725, align 1
  %730 = sext i8 %729 to i32
  %731 = load ptr, ptr %6, align 8
  %732 = load i32, ptr %731, align 4
  store i32 %732, ptr %52, align 4
  %733 = icmp eq i32 %730, %732
  %734 = zext i1 %733 to i32
  %735 = icmp eq i32 %717, %734
  %736 = zext i1 %735 to i32
  %737 = load ptr, ptr %9, align 8
  %738 = load i32, ptr %737, align 4
  %739 = or i32 %738, %736
  store i32 %739, ptr %737, align 4
  %740 = load i32, ptr %4, align 4
  %741 = load ptr, ptr @g_789, align 8
  %742 = load ptr, ptr %741, align 8
  %743 = load volatile i32, ptr %742, align 4
  %744 = or i32 %743, %740
  store volatile i32 %744, ptr %742, align 4
  %745 = load ptr, ptr @g_789, align 8
  %746 = load ptr, ptr %745, align 8
  store volatile i32 4, ptr %746, align 4
  br label %758

747:                                              ; preds = %710
  store ptr null, ptr %110, align 8
  store i32 2039161256, ptr %111, align 4
  store i32 1615870767, ptr %112, align 4
  store i32 -650229930, ptr %113, align 4
  store i32 -1, ptr %114, align 4
  store i32 -1895048953, ptr %115, align 4
  store i32 1, ptr %116, align 4
  %748 = load ptr, ptr @g_2163, align 8
  %749 = load ptr, ptr %748, align 8
  %750 = load ptr, ptr %749, align 8
  store ptr %29, ptr %750, align 8
  %751 = load ptr, ptr %110, align 8
  %752 = icmp eq ptr null, %751
  %753 = zext i1 %752 to i32
  %754 = getelementptr inbounds [4 x i32], ptr %28, i64 0, i64 1
  store i32 %753, ptr %754, align 4
  %755 = load ptr, ptr %6, align 8
  store i32 %753, ptr %755, align 4
  %756 = load i16, ptr %16, align 2
  %757 = add i16 %756, -1
  store i16 %757, ptr %16, align 2
  br label %758

758:                                              ; preds = %747, %715
  br label %759

759:                                              ; preds = %758, %496
  br label %1290

760:                                              ; preds = %377
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %117, ptr align 16 @__const.func_13.l_2377, i64 36, i1 false)
  store ptr %55, ptr %118, align 8
  store ptr getelementptr inbounds ([5 x ptr], ptr getelementptr inbounds ([6 x [1 x [5 x ptr]]], ptr @g_1532, i64 0, i64 4), i64 0, i64 3), ptr %119, align 8
  store i32 1, ptr %120, align 4
  store i32 1865462390, ptr %121, align 4
  store i32 -1, ptr %122, align 4
  store i32 -5, ptr %124, align 4
  store i32 0, ptr %125, align 4
  br label %761

761:                                              ; preds = %768, %760
  %762 = load i32, ptr %125, align 4
  %763 = icmp slt i32 %762, 2
  br i1 %763, label %764, label %771

764:                                              ; preds = %761
  %765 = load i32, ptr %125, align 4
  %766 = sext i32 %765 to i64
  %767 = getelementptr inbounds [2 x i32], ptr %123, i64 0, i64 %766
  store i32 -9, ptr %767, align 4
  br label %768

768:                                              ; preds = %764
  %769 = load i32, ptr %125, align 4
  %770 = add nsw i32 %769, 1
  store i32 %770, ptr %125, align 4
  br label %761, !llvm.loop !67

771:                                              ; preds = %761
  %772 = load i16, ptr %3, align 2
  %773 = icmp ne i16 %772, 0
  br i1 %773, label %774, label %896

774:                                              ; preds = %771
  store ptr @g_1197, ptr %127, align 8
  call void @llvm.memset.p0.i64(ptr align 16 %128, i8 0, i64 64, i1 false)
  %775 = load ptr, ptr @g_2262, align 8
  %776 = load volatile ptr, ptr %775, align 8
  %777 = load i32, ptr %776, align 4
  %778 = load ptr, ptr %58, align 8
  %779 = load ptr, ptr %778, align 8
  %780 = load ptr, ptr %779, align 8
  store i32 %777, ptr %780, align 4
  %781 = getelementptr inbounds [9 x [2 x i16]], ptr %117, i64 0, i64 5
  %782 = getelementptr inbounds [2 x i16], ptr %781, i64 0, i64 0
  %783 = load i16, ptr %782, align 4
  %784 = sext i16 %783 to i32
  %785 = call i32 @safe_add_func_uint32_t_u_u(i32 noundef %777, i32 noundef %784)
  %786 = icmp ne i32 %785, 0
  br i1 %786, label %840, label %787

787:                                              ; preds = %774
  %788 = load i16, ptr %3, align 2
  %789 = zext i16 %788 to i32
  %790 = icmp ne i32 %789, 0
  br i1 %790, label %831, label %791

791:                                              ; preds = %787
  %792 = load i32, ptr %4, align 4
  %793 = zext i32 %792 to i64
  %794 = load i32, ptr @g_309, align 4
  %795 = load ptr, ptr %6, align 8
  store i32 6, ptr %795, align 4
  %796 = load ptr, ptr %9, align 8
  store i32 6, ptr %796, align 4
  %797 = load ptr, ptr @g_789, align 8
  %798 = load ptr, ptr %797, align 8
  %799 = load volatile i32, ptr %798, align 4
  %800 = getelementptr inbounds [4 x i32], ptr %28, i64 0, i64 3
  store i32 %799, ptr %800, align 4
  %801 = getelementptr inbounds [9 x [2 x i16]], ptr %117, i64 0, i64 5
  %802 = getelementptr inbounds [2 x i16], ptr %801, i64 0, i64 0
  %803 = load i16, ptr %802, align 4
  %804 = trunc i16 %803 to i8
  %805 = getelementptr inbounds [5 x [7 x [7 x i32]]], ptr %56, i64 0, i64 3
  %806 = getelementptr inbounds [7 x [7 x i32]], ptr %805, i64 0, i64 2
  %807 = getelementptr inbounds [7 x i32], ptr %806, i64 0, i64 3
  %808 = load i32, ptr %807, align 4
  %809 = call zeroext i8 @safe_lshift_func_uint8_t_u_u(i8 noundef zeroext %804, i32 noundef %808)
  %810 = zext i8 %809 to i32
  %811 = load i16, ptr %3, align 2
  %812 = zext i16 %811 to i32
  %813 = call i32 @safe_sub_func_int32_t_s_s(i32 noundef %810, i32 noundef %812)
  %814 = icmp sle i32 %799, %813
  %815 = zext i1 %814 to i32
  %816 = sext i32 %815 to i64
  %817 = icmp ne i64 %816, 1
  %818 = zext i1 %817 to i32
  %819 = sext i32 %818 to i64
  %820 = or i64 %819, 2047794827
  %821 = call zeroext i16 @safe_mod_func_uint16_t_u_u(i16 noundef zeroext -1, i16 noundef zeroext 27551)
  %822 = zext i16 %821 to i64
  %823 = call i64 @safe_sub_func_uint64_t_u_u(i64 noundef %793, i64 noundef %822)
  %824 = trunc i64 %823 to i32
  %825 = load i32, ptr %4, align 4
  %826 = call i32 @safe_sub_func_uint32_t_u_u(i32 noundef %824, i32 noundef %825)
  %827 = load i32, ptr %4, align 4
  %828 = load i16, ptr %3, align 2
  %829 = zext i16 %828 to i32
  %830 = icmp ne i32 %829, 0
  br label %831

831:                                              ; preds = %791, %787
  %832 = phi i1 [ true, %787 ], [ %830, %791 ]
  %833 = zext i1 %832 to i32
  %834 = sext i32 %833 to i64
  %835 = icmp eq i64 %834, 10
  %836 = zext i1 %835 to i32
  %837 = load ptr, ptr %5, align 8
  %838 = load i32, ptr %837, align 4
  %839 = icmp ne i32 %838, 0
  br label %840

840:                                              ; preds = %831, %774
  %841 = phi i1 [ true, %774 ], [ %839, %831 ]
  %842 = zext i1 %841 to i32
  store i32 %842, ptr %53, align 4
  store i32 %842, ptr %29, align 4
  br i1 %841, label %843, label %891

843:                                              ; preds = %840
  %844 = getelementptr inbounds [4 x i32], ptr %28, i64 0, i64 3
  %845 = load ptr, ptr @g_2163, align 8
  %846 = load ptr, ptr %845, align 8
  %847 = load ptr, ptr %846, align 8
  store ptr %844, ptr %847, align 8
  %848 = getelementptr inbounds [4 x [2 x ptr]], ptr %128, i64 0, i64 0
  %849 = getelementptr inbounds [2 x ptr], ptr %848, i64 0, i64 0
  %850 = load ptr, ptr %849, align 16
  %851 = getelementptr inbounds [6 x ptr], ptr %17, i64 0, i64 5
  %852 = load ptr, ptr %851, align 8
  %853 = icmp eq ptr %850, %852
  %854 = zext i1 %853 to i32
  %855 = load i32, ptr %4, align 4
  %856 = load i32, ptr %4, align 4
  %857 = icmp ult i32 %855, %856
  %858 = zext i1 %857 to i32
  %859 = and i32 %854, %858
  %860 = load ptr, ptr @g_33, align 8
  %861 = load ptr, ptr %18, align 8
  %862 = load ptr, ptr %34, align 8
  %863 = icmp eq ptr %861, %862
  %864 = zext i1 %863 to i32
  %865 = load i16, ptr %3, align 2
  %866 = zext i16 %865 to i32
  %867 = icmp sge i32 %864, %866
  %868 = zext i1 %867 to i32
  %869 = trunc i32 %868 to i8
  %870 = call zeroext i8 @safe_rshift_func_uint8_t_u_u(i8 noundef zeroext %869, i32 noundef 5)
  %871 = icmp sgt i32 %859, 1
  %872 = zext i1 %871 to i32
  %873 = load ptr, ptr @g_1025, align 8
  %874 = load ptr, ptr %873, align 8
  %875 = load volatile i16, ptr %874, align 2
  %876 = sext i16 %875 to i64
  %877 = or i64 -1, %876
  %878 = load ptr, ptr %9, align 8
  %879 = load i32, ptr %878, align 4
  %880 = sext i32 %879 to i64
  %881 = and i64 %880, %877
  %882 = trunc i64 %881 to i32
  store i32 %882, ptr %878, align 4
  %883 = load ptr, ptr @g_2163, align 8
  %884 = load ptr, ptr %883, align 8
  %885 = load ptr, ptr %884, align 8
  %886 = load ptr, ptr %885, align 8
  %887 = load ptr, ptr @g_2163, align 8
  %888 = load ptr, ptr %887, align 8
  %889 = load ptr, ptr %888, align 8
  store ptr %886, ptr %889, align 8
  %890 = getelementptr inbounds [5 x ptr], ptr %61, i64 0, i64 1
  store ptr %886, ptr %890, align 8
  br label %895

891:                                              ; preds = %840
  %892 = load i16, ptr %3, align 2
  %893 = zext i16 %892 to i32
  %894 = load ptr, ptr %118, align 8
  store i32 %893, ptr %894, align 4
  br label %895

895:                                              ; preds = %891, %843
  br label %901

896:                                              ; preds = %771
  store ptr %29, ptr %131, align 8
  %897 = load ptr, ptr %131, align 8
  %898 = load ptr, ptr @g_2164, align 8
  %899 = load ptr, ptr %898, align 8
  store ptr %897, ptr %899, align 8
  %900 = getelementptr inbounds [5 x ptr], ptr %61, i64 0, i64 1
  store ptr %897, ptr %900, align 8
  br label %901

901:                                              ; preds = %896, %895
  store i32 2, ptr @g_273, align 4
  br label %902

902:                                              ; preds = %1093, %901
  %903 = load i32, ptr @g_273, align 4
  %904 = icmp ugt i32 %903, 14
  br i1 %904, label %905, label %1098

905:                                              ; preds = %902
  store i32 -1, ptr %132, align 4
  store i32 1017667375, ptr %133, align 4
  store i32 1, ptr %134, align 4
  store i32 -1350398597, ptr %135, align 4
  store i32 1, ptr %136, align 4
  store i32 -1901092075, ptr %137, align 4
  store i32 5, ptr %138, align 4
  store i32 0, ptr %139, align 4
  %906 = load ptr, ptr %32, align 8
  store ptr null, ptr %906, align 8
  %907 = load ptr, ptr %118, align 8
  %908 = load ptr, ptr @g_2165, align 8
  store ptr %907, ptr %908, align 8
  %909 = load ptr, ptr %32, align 8
  store ptr %907, ptr %909, align 8
  %910 = load ptr, ptr %119, align 8
  %911 = load ptr, ptr @g_1024, align 8
  %912 = load volatile ptr, ptr %911, align 8
  %913 = icmp eq ptr %910, %912
  %914 = zext i1 %913 to i32
  %915 = trunc i32 %914 to i16
  %916 = load i32, ptr %4, align 4
  %917 = zext i32 %916 to i64
  %918 = and i64 %917, 9
  %919 = trunc i64 %918 to i8
  %920 = load i16, ptr %3, align 2
  %921 = trunc i16 %920 to i8
  %922 = call signext i8 @safe_rshift_func_int8_t_s_s(i8 noundef signext %921, i32 noundef 4)
  %923 = sext i8 %922 to i32
  %924 = load volatile ptr, ptr @g_32, align 8
  %925 = load ptr, ptr %924, align 8
  %926 = load ptr, ptr @g_33, align 8
  %927 = load i32, ptr %4, align 4
  %928 = icmp eq i32 0, %927
  %929 = zext i1 %928 to i32
  %930 = load i16, ptr %3, align 2
  %931 = zext i16 %930 to i32
  %932 = icmp sle i32 %929, %931
  %933 = zext i1 %932 to i32
  %934 = load ptr, ptr @g_2163, align 8
  %935 = load ptr, ptr %934, align 8
  %936 = load ptr, ptr %935, align 8
  %937 = load ptr, ptr %936, align 8
  store i32 %933, ptr %937, align 4
  %938 = icmp sgt i32 %923, %933
  %939 = zext i1 %938 to i32
  %940 = trunc i32 %939 to i8
  %941 = call signext i8 @safe_add_func_int8_t_s_s(i8 noundef signext %919, i8 noundef signext %940)
  %942 = load i16, ptr %3, align 2
  %943 = trunc i16 %942 to i8
  %944 = call zeroext i8 @safe_mod_func_uint8_t_u_u(i8 noundef zeroext %941, i8 noundef zeroext %943)
  %945 = zext i8 %944 to i16
  %946 = call zeroext i16 @safe_sub_func_uint16_t_u_u(i16 noundef zeroext %915, i16 noundef zeroext %945)
  %947 = zext i16 %946 to i64
  %948 = load i64, ptr @g_1934, align 8
  %949 = and i64 %947, %948
  %950 = load i64, ptr @g_2336, align 8
  %951 = icmp ult i64 %949, %950
  br i1 %951, label %953, label %952

952:                                              ; preds = %905
  br label %953

953:                                              ; preds = %952, %905
  %954 = phi i1 [ true, %905 ], [ true, %952 ]
  %955 = zext i1 %954 to i32
  %956 = sext i32 %955 to i64
  %957 = and i64 %956, -2
  %958 = trunc i64 %957 to i32
  %959 = load i32, ptr %4, align 4
  %960 = call i32 @safe_sub_func_int32_t_s_s(i32 noundef %958, i32 noundef %959)
  %961 = load i16, ptr %3, align 2
  %962 = zext i16 %961 to i32
  %963 = icmp ne i32 7, %962
  %964 = zext i1 %963 to i32
  %965 = load i16, ptr %3, align 2
  %966 = zext i16 %965 to i32
  %967 = icmp slt i32 %964, %966
  %968 = zext i1 %967 to i32
  %969 = trunc i32 %968 to i8
  %970 = load ptr, ptr @g_1622, align 8
  %971 = load ptr, ptr %970, align 8
  store i8 %969, ptr %971, align 1
  %972 = sext i8 %969 to i32
  %973 = load i32, ptr %4, align 4
  %974 = icmp eq i32 %972, %973
  %975 = zext i1 %974 to i32
  %976 = load ptr, ptr %10, align 8
  store i32 -199256017, ptr %976, align 4
  store i32 7, ptr @g_783, align 4
  br label %977

977:                                              ; preds = %1089, %953
  %978 = load i32, ptr @g_783, align 4
  %979 = icmp sge i32 %978, 0
  br i1 %979, label %980, label %1092

980:                                              ; preds = %977
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %140, ptr align 16 @__const.func_13.l_2436, i64 384, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %141, ptr align 16 @__const.func_13.l_2443, i64 20, i1 false)
  store i64 0, ptr %142, align 8
  %981 = load ptr, ptr @g_1622, align 8
  %982 = load ptr, ptr %981, align 8
  store i8 1, ptr %982, align 1
  %983 = load ptr, ptr %118, align 8
  %984 = load i32, ptr %983, align 4
  %985 = trunc i32 %984 to i16
  %986 = call signext i16 @safe_lshift_func_int16_t_s_s(i16 noundef signext %985, i32 noundef 12)
  %987 = sext i16 %986 to i64
  %988 = load ptr, ptr @g_2165, align 8
  %989 = load ptr, ptr %988, align 8
  %990 = load i32, ptr %989, align 4
  %991 = load i16, ptr %3, align 2
  %992 = zext i16 %991 to i32
  %993 = load i32, ptr %4, align 4
  %994 = load i32, ptr %4, align 4
  br i1 true, label %1014, label %995

995:                                              ; preds = %980
  %996 = load i8, ptr @g_147, align 1
  %997 = add i8 %996, -1
  store i8 %997, ptr @g_147, align 1
  %998 = zext i8 %997 to i32
  %999 = load i32, ptr %4, align 4
  %1000 = load ptr, ptr %118, align 8
  %1001 = load i32, ptr %1000, align 4
  %1002 = icmp uge i32 %999, %1001
  %1003 = zext i1 %1002 to i32
  %1004 = icmp sle i32 %998, %1003
  %1005 = zext i1 %1004 to i32
  %1006 = load ptr, ptr @g_2164, align 8
  %1007 = load ptr, ptr %1006, align 8
  %1008 = load ptr, ptr %1007, align 8
  %1009 = load i32, ptr %1008, align 4
  %1010 = icmp eq i32 %1005, %1009
  %1011 = zext i1 %1010 to i32
  %1012 = load i32, ptr %4, align 4
  %1013 = icmp ult i32 %1011, %1012
  br label %1014

1014:                                             ; preds = %995, %980
  %1015 = phi i1 [ true, %980 ], [ %1013, %995 ]
  %1016 = zext i1 %1015 to i32
  %1017 = load i8, ptr %35, align 1
  %1018 = sext i8 %1017 to i32
  %1019 = icmp slt i32 %1016, %1018
  %1020 = zext i1 %1019 to i32
  %1021 = icmp eq i32 %993, %1020
  %1022 = zext i1 %1021 to i32
  %1023 = trunc i32 %1022 to i16
  %1024 = call zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext %1023, i16 noundef zeroext -1)
  %1025 = zext i16 %1024 to i64
  %1026 = icmp slt i64 %1025, 6
  %1027 = zext i1 %1026 to i32
  %1028 = load i32, ptr %4, align 4
  %1029 = icmp ule i32 %1027, %1028
  %1030 = zext i1 %1029 to i32
  %1031 = sext i32 %1030 to i64
  %1032 = icmp eq i64 %1031, -3232232612582326280
  br i1 %1032, label %1033, label %1034

1033:                                             ; preds = %1014
  br label %1034

1034:                                             ; preds = %1033, %1014
  %1035 = phi i1 [ false, %1014 ], [ true, %1033 ]
  %1036 = zext i1 %1035 to i32
  %1037 = icmp slt i32 0, %1036
  %1038 = zext i1 %1037 to i32
  %1039 = icmp sge i32 %992, %1038
  %1040 = zext i1 %1039 to i32
  %1041 = sext i32 %1040 to i64
  %1042 = icmp sgt i64 %1041, 2946800003
  %1043 = zext i1 %1042 to i32
  %1044 = icmp eq i32 %990, %1043
  %1045 = zext i1 %1044 to i32
  %1046 = sext i32 %1045 to i64
  %1047 = load i32, ptr %4, align 4
  %1048 = zext i32 %1047 to i64
  %1049 = call i64 @safe_sub_func_int64_t_s_s(i64 noundef %1046, i64 noundef %1048)
  %1050 = load ptr, ptr @g_787, align 8
  %1051 = load volatile ptr, ptr %1050, align 8
  %1052 = load ptr, ptr %1051, align 8
  %1053 = load ptr, ptr %1052, align 8
  %1054 = load volatile i32, ptr %1053, align 4
  %1055 = sext i32 %1054 to i64
  %1056 = icmp sge i64 %1049, %1055
  %1057 = zext i1 %1056 to i32
  %1058 = sext i32 %1057 to i64
  %1059 = load ptr, ptr @g_1198, align 8
  %1060 = load i64, ptr %1059, align 8
  %1061 = xor i64 %1058, %1060
  %1062 = icmp ne i64 %987, %1061
  %1063 = zext i1 %1062 to i32
  %1064 = trunc i32 %1063 to i8
  %1065 = call signext i8 @safe_mod_func_int8_t_s_s(i8 noundef signext %1064, i8 noundef signext 1)
  %1066 = sext i8 %1065 to i16
  %1067 = call zeroext i16 @safe_mod_func_uint16_t_u_u(i16 noundef zeroext %1066, i16 noundef zeroext 14519)
  %1068 = zext i16 %1067 to i32
  %1069 = load i32, ptr %4, align 4
  %1070 = icmp eq i32 %1068, %1069
  %1071 = zext i1 %1070 to i32
  %1072 = load ptr, ptr %118, align 8
  store i32 %1071, ptr %1072, align 4
  %1073 = load i32, ptr getelementptr inbounds ([9 x i32], ptr getelementptr inbounds ([2 x [9 x i32]], ptr @g_338, i64 0, i64 1), i64 0, i64 6), align 4
  %1074 = or i32 %1071, %1073
  %1075 = load i32, ptr %4, align 4
  %1076 = load i16, ptr %3, align 2
  %1077 = trunc i16 %1076 to i8
  %1078 = call signext i8 @safe_mul_func_int8_t_s_s(i8 noundef signext 1, i8 noundef signext %1077)
  %1079 = load i32, ptr %133, align 4
  %1080 = sext i32 %1079 to i64
  %1081 = xor i64 %1080, 3557463059
  %1082 = trunc i64 %1081 to i32
  store i32 %1082, ptr %133, align 4
  %1083 = load i64, ptr %142, align 8
  %1084 = add i64 %1083, -1
  store i64 %1084, ptr %142, align 8
  %1085 = load i32, ptr @g_632, align 4
  %1086 = icmp ne i32 %1085, 0
  br i1 %1086, label %1087, label %1088

1087:                                             ; preds = %1034
  br label %296

1088:                                             ; preds = %1034
  br label %1089

1089:                                             ; preds = %1088
  %1090 = load i32, ptr @g_783, align 4
  %1091 = sub nsw i32 %1090, 1
  store i32 %1091, ptr @g_783, align 4
  br label %977, !llvm.loop !68

1092:                                             ; preds = %977
  br label %1093

1093:                                             ; preds = %1092
  %1094 = load i32, ptr @g_273, align 4
  %1095 = trunc i32 %1094 to i8
  %1096 = call signext i8 @safe_add_func_int8_t_s_s(i8 noundef signext %1095, i8 noundef signext 5)
  %1097 = sext i8 %1096 to i32
  store i32 %1097, ptr @g_273, align 4
  br label %902, !llvm.loop !69

1098:                                             ; preds = %902
  store i32 -5, ptr %122, align 4
  br label %1099

1099:                                             ; preds = %1278, %1098
  %1100 = load i32, ptr %122, align 4
  %1101 = icmp slt i32 %1100, 4
  br i1 %1101, label %1102, label %1283

1102:                                             ; preds = %1099
  store ptr null, ptr %145, align 8
  %1103 = getelementptr inbounds [5 x ptr], ptr %61, i64 0, i64 1
  store ptr %1103, ptr %146, align 8
  store ptr %146, ptr %147, align 8
  store ptr %147, ptr %148, align 8
  store ptr %148, ptr %149, align 8
  %1104 = getelementptr inbounds ptr, ptr %149, i64 1
  store ptr %148, ptr %1104, align 8
  %1105 = getelementptr inbounds ptr, ptr %149, i64 2
  store ptr %148, ptr %1105, align 8
  %1106 = getelementptr inbounds ptr, ptr %149, i64 3
  store ptr %148, ptr %1106, align 8
  %1107 = getelementptr inbounds ptr, ptr %149, i64 4
  store ptr null, ptr %1107, align 8
  %1108 = getelementptr inbounds ptr, ptr %149, i64 5
  store ptr %148, ptr %1108, align 8
  %1109 = getelementptr inbounds ptr, ptr %149, i64 6
  store ptr %148, ptr %1109, align 8
  %1110 = getelementptr inbounds ptr, ptr %149, i64 7
  store ptr %148, ptr %1110, align 8
  %1111 = getelementptr inbounds ptr, ptr %149, i64 8
  store ptr %148, ptr %1111, align 8
  %1112 = getelementptr inbounds ptr, ptr %149, i64 9
  store ptr null, ptr %1112, align 8
  %1113 = getelementptr inbounds [10 x ptr], ptr %149, i64 1
  store ptr %148, ptr %1113, align 8
  %1114 = getelementptr inbounds ptr, ptr %1113, i64 1
  store ptr %148, ptr %1114, align 8
  %1115 = getelementptr inbounds ptr, ptr %1113, i64 2
  store ptr %148, ptr %1115, align 8
  %1116 = getelementptr inbounds ptr, ptr %1113, i64 3
  store ptr null, ptr %1116, align 8
  %1117 = getelementptr inbounds ptr, ptr %1113, i64 4
  store ptr %148, ptr %1117, align 8
  %1118 = getelementptr inbounds ptr, ptr %1113, i64 5
  store ptr %148, ptr %1118, align 8
  %1119 = getelementptr inbounds ptr, ptr %1113, i64 6
  store ptr %148, ptr %1119, align 8
  %1120 = getelementptr inbounds ptr, ptr %1113, i64 7
  store ptr %148, ptr %1120, align 8
  %1121 = getelementptr inbounds ptr, ptr %1113, i64 8
  store ptr %148, ptr %1121, align 8
  %1122 = getelementptr inbounds ptr, ptr %1113, i64 9
  store ptr %148, ptr %1122, align 8
  %1123 = getelementptr inbounds [2 x [10 x ptr]], ptr %149, i64 1
  store ptr %148, ptr %1123, align 8
  %1124 = getelementptr inbounds ptr, ptr %1123, i64 1
  store ptr %148, ptr %1124, align 8
  %1125 = getelementptr inbounds ptr, ptr %1123, i64 2
  store ptr null, ptr %1125, align 8
  %1126 = getelementptr inbounds ptr, ptr %1123, i64 3
  store ptr %148, ptr %1126, align 8
  %1127 = getelementptr inbounds ptr, ptr %1123, i64 4
  store ptr %148, ptr %1127, align 8
  %1128 = getelementptr inbounds ptr, ptr %1123, i64 5
  store ptr %148, ptr %1128, align 8
  %1129 = getelementptr inbounds ptr, ptr %1123, i64 6
  store ptr %148, ptr %1129, align 8
  %1130 = getelementptr inbounds ptr, ptr %1123, i64 7
  store ptr %148, ptr %1130, align 8
  %1131 = getelementptr inbounds ptr, ptr %1123, i64 8
  store ptr %148, ptr %1131, align 8
  %1132 = getelementptr inbounds ptr, ptr %1123, i64 9
  store ptr %148, ptr %1132, align 8
  %1133 = getelementptr inbounds [10 x ptr], ptr %1123, i64 1
  store ptr %148, ptr %1133, align 8
  %1134 = getelementptr inbounds ptr, ptr %1133, i64 1
  store ptr %148, ptr %1134, align 8
  %1135 = getelementptr inbounds ptr, ptr %1133, i64 2
  store ptr %148, ptr %1135, align 8
  %1136 = getelementptr inbounds ptr, ptr %1133, i64 3
  store ptr %148, ptr %1136, align 8
  %1137 = getelementptr inbounds ptr, ptr %1133, i64 4
  store ptr %148, ptr %1137, align 8
  %1138 = getelementptr inbounds ptr, ptr %1133, i64 5
  store ptr null, ptr %1138, align 8
  %1139 = getelementptr inbounds ptr, ptr %1133, i64 6
  store ptr %148, ptr %1139, align 8
  %1140 = getelementptr inbounds ptr, ptr %1133, i64 7
  store ptr %148, ptr %1140, align 8
  %1141 = getelementptr inbounds ptr, ptr %1133, i64 8
  store ptr %148, ptr %1141, align 8
  %1142 = getelementptr inbounds ptr, ptr %1133, i64 9
  store ptr null, ptr %1142, align 8
  %1143 = getelementptr inbounds [2 x [10 x ptr]], ptr %149, i64 2
  store ptr %148, ptr %1143, align 8
  %1144 = getelementptr inbounds ptr, ptr %1143, i64 1
  store ptr %148, ptr %1144, align 8
  %1145 = getelementptr inbounds ptr, ptr %1143, i64 2
  store ptr %148, ptr %1145, align 8
  %1146 = getelementptr inbounds ptr, ptr %1143, i64 3
  store ptr %148, ptr %1146, align 8
  %1147 = getelementptr inbounds ptr, ptr %1143, i64 4
  store ptr null, ptr %1147, align 8
  %1148 = getelementptr inbounds ptr, ptr %1143, i64 5
  store ptr %148, ptr %1148, align 8
  %1149 = getelementptr inbounds ptr, ptr %1143, i64 6
  store ptr %148, ptr %1149, align 8
  %1150 = getelementptr inbounds ptr, ptr %1143, i64 7
  store ptr %148, ptr %1150, align 8
  %1151 = getelementptr inbounds ptr, ptr %1143, i64 8
  store ptr %148, ptr %1151, align 8
  %1152 = getelementptr inbounds ptr, ptr %1143, i64 9
  store ptr %148, ptr %1152, align 8
  %1153 = getelementptr inbounds [10 x ptr], ptr %1143, i64 1
  store ptr %148, ptr %1153, align 8
  %1154 = getelementptr inbounds ptr, ptr %1153, i64 1
  store ptr %148, ptr %1154, align 8
  %1155 = getelementptr inbounds ptr, ptr %1153, i64 2
  store ptr %148, ptr %1155, align 8
  %1156 = getelementptr inbounds ptr, ptr %1153, i64 3
  store ptr null, ptr %1156, align 8
  %1157 = getelementptr inbounds ptr, ptr %1153, i64 4
  store ptr %148, ptr %1157, align 8
  %1158 = getelementptr inbounds ptr, ptr %1153, i64 5
  store ptr %148, ptr %1158, align 8
  %1159 = getelementptr inbounds ptr, ptr %1153, i64 6
  store ptr %148, ptr %1159, align 8
  %1160 = getelementptr inbounds ptr, ptr %1153, i64 7
  store ptr %148, ptr %1160, align 8
  %1161 = getelementptr inbounds ptr, ptr %1153, i64 8
  store ptr %148, ptr %1161, align 8
  %1162 = getelementptr inbounds ptr, ptr %1153, i64 9
  store ptr null, ptr %1162, align 8
  %1163 = getelementptr inbounds [2 x [10 x ptr]], ptr %149, i64 3
  store ptr %148, ptr %1163, align 8
  %1164 = getelementptr inbounds ptr, ptr %1163, i64 1
  store ptr %148, ptr %1164, align 8
  %1165 = getelementptr inbounds ptr, ptr %1163, i64 2
  store ptr null, ptr %1165, align 8
  %1166 = getelementptr inbounds ptr, ptr %1163, i64 3
  store ptr %148, ptr %1166, align 8
  %1167 = getelementptr inbounds ptr, ptr %1163, i64 4
  store ptr %148, ptr %1167, align 8
  %1168 = getelementptr inbounds ptr, ptr %1163, i64 5
  store ptr %148, ptr %1168, align 8
  %1169 = getelementptr inbounds ptr, ptr %1163, i64 6
  store ptr %148, ptr %1169, align 8
  %1170 = getelementptr inbounds ptr, ptr %1163, i64 7
  store ptr %148, ptr %1170, align 8
  %1171 = getelementptr inbounds ptr, ptr %1163, i64 8
  store ptr null, ptr %1171, align 8
  %1172 = getelementptr inbounds ptr, ptr %1163, i64 9
  store ptr null, ptr %1172, align 8
  %1173 = getelementptr inbounds [10 x ptr], ptr %1163, i64 1
  store ptr %148, ptr %1173, align 8
  %1174 = getelementptr inbounds ptr, ptr %1173, i64 1
  store ptr %148, ptr %1174, align 8
  %1175 = getelementptr inbounds ptr, ptr %1173, i64 2
  store ptr %148, ptr %1175, align 8
  %1176 = getelementptr inbounds ptr, ptr %1173, i64 3
  store ptr %148, ptr %1176, align 8
  %1177 = getelementptr inbounds ptr, ptr %1173, i64 4
  store ptr %148, ptr %1177, align 8
  %1178 = getelementptr inbounds ptr, ptr %1173, i64 5
  store ptr %148, ptr %1178, align 8
  %1179 = getelementptr inbounds ptr, ptr %1173, i64 6
  store ptr %148, ptr %1179, align 8
  %1180 = getelementptr inbounds ptr, ptr %1173, i64 7
  store ptr %148, ptr %1180, align 8
  %1181 = getelementptr inbounds ptr, ptr %1173, i64 8
  store ptr %148, ptr %1181, align 8
  %1182 = getelementptr inbounds ptr, ptr %1173, i64 9
  store ptr null, ptr %1182, align 8
  %1183 = getelementptr inbounds [2 x [10 x ptr]], ptr %149, i64 4
  store ptr %148, ptr %1183, align 8
  %1184 = getelementptr inbounds ptr, ptr %1183, i64 1
  store ptr %148, ptr %1184, align 8
  %1185 = getelementptr inbounds ptr, ptr %1183, i64 2
  store ptr %148, ptr %1185, align 8
  %1186 = getelementptr inbounds ptr, ptr %1183, i64 3
  store ptr %148, ptr %1186, align 8
  %1187 = getelementptr inbounds ptr, ptr %1183, i64 4
  store ptr %148, ptr %1187, align 8
  %1188 = getelementptr inbounds ptr, ptr %1183, i64 5
  store ptr null, ptr %1188, align 8
  %1189 = getelementptr inbounds ptr, ptr %1183, i64 6
  store ptr %148, ptr %1189, align 8
  %1190 = getelementptr inbounds ptr, ptr %1183, i64 7
  store ptr %148, ptr %1190, align 8
  %1191 = getelementptr inbounds ptr, ptr %1183, i64 8
  store ptr null, ptr %1191, align 8
  %1192 = getelementptr inbounds ptr, ptr %1183, i64 9
  store ptr %148, ptr %1192, align 8
  %1193 = getelementptr inbounds [10 x ptr], ptr %1183, i64 1
  store ptr %148, ptr %1193, align 8
  %1194 = getelementptr inbounds ptr, ptr %1193, i64 1
  store ptr %148, ptr %1194, align 8
  %1195 = getelementptr inbounds ptr, ptr %1193, i64 2
  store ptr %148, ptr %1195, align 8
  %1196 = getelementptr inbounds ptr, ptr %1193, i64 3
  store ptr %148, ptr %1196, align 8
  %1197 = getelementptr inbounds ptr, ptr %1193, i64 4
  store ptr null, ptr %1197, align 8
  %1198 = getelementptr inbounds ptr, ptr %1193, i64 5
  store ptr %148, ptr %1198, align 8
  %1199 = getelementptr inbounds ptr, ptr %1193, i64 6
  store ptr %148, ptr %1199, align 8
  %1200 = getelementptr inbounds ptr, ptr %1193, i64 7
  store ptr %148, ptr %1200, align 8
  %1201 = getelementptr inbounds ptr, ptr %1193, i64 8
  store ptr %148, ptr %1201, align 8
  %1202 = getelementptr inbounds ptr, ptr %1193, i64 9
  store ptr null, ptr %1202, align 8
  store ptr @g_632, ptr %151, align 8
  store i32 0, ptr %152, align 4
  br label %1203

1203:                                             ; preds = %1213, %1102
  %1204 = load i32, ptr %152, align 4
  %1205 = icmp slt i32 %1204, 9
  br i1 %1205, label %1206, label %1216

1206:                                             ; preds = %1203
  %1207 = getelementptr inbounds [4 x [3 x [6 x i16]]], ptr %59, i64 0, i64 0
  %1208 = getelementptr inbounds [3 x [6 x i16]], ptr %1207, i64 0, i64 0
  %1209 = getelementptr inbounds [6 x i16], ptr %1208, i64 0, i64 5
  %1210 = load i32, ptr %152, align 4
  %1211 = sext i32 %1210 to i64
  %1212 = getelementptr inbounds [9 x ptr], ptr %150, i64 0, i64 %1211
  store ptr %1209, ptr %1212, align 8
  br label %1213

1213:                                             ; preds = %1206
  %1214 = load i32, ptr %152, align 4
  %1215 = add nsw i32 %1214, 1
  store i32 %1215, ptr %152, align 4
  br label %1203, !llvm.loop !70

1216:                                             ; preds = %1203
  store ptr @g_2164, ptr %36, align 8
  %1217 = load ptr, ptr %64, align 8
  %1218 = icmp ne ptr @g_2164, %1217
  %1219 = zext i1 %1218 to i32
  %1220 = load i32, ptr %4, align 4
  %1221 = trunc i32 %1220 to i16
  %1222 = call zeroext i16 @safe_sub_func_uint16_t_u_u(i16 noundef zeroext 1, i16 noundef zeroext %1221)
  %1223 = load i16, ptr %3, align 2
  %1224 = zext i16 %1223 to i32
  %1225 = call i32 @safe_add_func_int32_t_s_s(i32 noundef %1219, i32 noundef %1224)
  %1226 = trunc i32 %1225 to i8
  %1227 = call signext i8 @safe_add_func_int8_t_s_s(i8 noundef signext -7, i8 noundef signext %1226)
  %1228 = sext i8 %1227 to i32
  %1229 = icmp ne i32 %1228, 0
  br i1 %1229, label %1232, label %1230

1230:                                             ; preds = %1216
  br i1 true, label %1232, label %1231

1231:                                             ; preds = %1230
  br label %1232

1232:                                             ; preds = %1231, %1230, %1216
  %1233 = phi i1 [ true, %1230 ], [ true, %1216 ], [ true, %1231 ]
  %1234 = zext i1 %1233 to i32
  %1235 = trunc i32 %1234 to i8
  %1236 = load i32, ptr %4, align 4
  %1237 = trunc i32 %1236 to i8
  %1238 = call zeroext i8 @safe_div_func_uint8_t_u_u(i8 noundef zeroext %1235, i8 noundef zeroext %1237)
  %1239 = zext i8 %1238 to i32
  %1240 = load i32, ptr %4, align 4
  %1241 = xor i32 %1239, %1240
  %1242 = icmp ne i32 %1241, 0
  br i1 %1242, label %1243, label %1250

1243:                                             ; preds = %1232
  %1244 = load i32, ptr %4, align 4
  %1245 = icmp ne i32 %1244, 0
  br i1 %1245, label %1246, label %1247

1246:                                             ; preds = %1243
  br label %1283

1247:                                             ; preds = %1243
  %1248 = load ptr, ptr @g_789, align 8
  %1249 = load ptr, ptr %1248, align 8
  store volatile i32 1, ptr %1249, align 4
  br label %1272

1250:                                             ; preds = %1232
  store ptr null, ptr %155, align 8
  store ptr @g_130, ptr %156, align 8
  %1251 = load ptr, ptr @g_789, align 8
  %1252 = load ptr, ptr %1251, align 8
  %1253 = load volatile i32, ptr %1252, align 4
  %1254 = sext i32 %1253 to i64
  %1255 = xor i64 %1254, 2471561758
  %1256 = trunc i64 %1255 to i32
  store volatile i32 %1256, ptr %1252, align 4
  %1257 = load ptr, ptr @g_1621, align 8
  %1258 = load ptr, ptr %1257, align 8
  %1259 = load ptr, ptr %1258, align 8
  %1260 = load i8, ptr %1259, align 1
  %1261 = load ptr, ptr %6, align 8
  %1262 = load i32, ptr %1261, align 4
  %1263 = sext i32 %1262 to i64
  %1264 = or i64 %1263, 9
  %1265 = trunc i64 %1264 to i32
  store i32 %1265, ptr %1261, align 4
  %1266 = load ptr, ptr %155, align 8
  %1267 = load ptr, ptr @g_2164, align 8
  %1268 = load ptr, ptr %1267, align 8
  store ptr %1266, ptr %1268, align 8
  %1269 = load ptr, ptr %62, align 8
  %1270 = load ptr, ptr %1269, align 8
  %1271 = load ptr, ptr %156, align 8
  store ptr %1270, ptr %1271, align 8
  br label %1272

1272:                                             ; preds = %1250, %1247
  %1273 = load ptr, ptr %10, align 8
  %1274 = load i32, ptr %1273, align 4
  %1275 = icmp ne i32 %1274, 0
  br i1 %1275, label %1276, label %1277

1276:                                             ; preds = %1272
  br label %1278

1277:                                             ; preds = %1272
  br label %1278

1278:                                             ; preds = %1277, %1276
  %1279 = load i32, ptr %122, align 4
  %1280 = trunc i32 %1279 to i16
  %1281 = call signext i16 @safe_add_func_int16_t_s_s(i16 noundef signext %1280, i16 noundef signext 4)
  %1282 = sext i16 %1281 to i32
  store i32 %1282, ptr %122, align 4
  br label %1099, !llvm.loop !71

1283:                                             ; preds = %1246, %1099
  %1284 = load ptr, ptr %118, align 8
  %1285 = load i32, ptr %1284, align 4
  %1286 = load ptr, ptr @g_789, align 8
  %1287 = load ptr, ptr %1286, align 8
  %1288 = load volatile i32, ptr %1287, align 4
  %1289 = or i32 %1288, %1285
  store volatile i32 %1289, ptr %1287, align 4
  br label %1290

1290:                                             ; preds = %1283, %759
  store i32 0, ptr @g_41, align 4
  br label %1291

1291:                                             ; preds = %1298, %1290
  %1292 = load i32, ptr @g_41, align 4
  %1293 = icmp sle i32 %1292, 3
  br i1 %1293, label %1294, label %1301

1294:                                             ; preds = %1291
  store i32 3, ptr %157, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %158, ptr align 16 @__const.func_13.l_2504, i64 320, i1 false)
  store ptr null, ptr %159, align 8
  store ptr null, ptr %160, align 8
  store ptr %35, ptr %161, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %162, ptr align 16 @__const.func_13.l_2541, i64 160, i1 false)
  store ptr %58, ptr %163, align 8
  store ptr %163, ptr %164, align 8
  store ptr null, ptr %165, align 8
  store ptr %165, ptr %166, align 8
  store ptr @g_1023, ptr %167, align 8
  store ptr @g_33, ptr %168, align 8
  store i64 38423298186465403, ptr %169, align 8
  %1295 = load i32, ptr %157, align 4
  %1296 = getelementptr inbounds [10 x [8 x i32]], ptr %158, i64 0, i64 2
  %1297 = getelementptr inbounds [8 x i32], ptr %1296, i64 0, i64 2
  store i32 %1295, ptr %1297, align 8
  br label %1298

1298:                                             ; preds = %1294
  %1299 = load i32, ptr @g_41, align 4
  %1300 = add nsw i32 %1299, 1
  store i32 %1300, ptr @g_41, align 4
  br label %1291, !llvm.loop !72

1301:                                             ; preds = %1291
  br label %1302

1302:                                             ; preds = %1301, %348
  br label %1303

1303:                                             ; preds = %1302, %312
  %1304 = load ptr, ptr @g_33, align 8
  %1305 = load volatile ptr, ptr @g_2250, align 8
  %1306 = load ptr, ptr %1305, align 8
  %1307 = load ptr, ptr %23, align 8
  store ptr %1306, ptr %1307, align 8
  %1308 = load i16, ptr %3, align 2
  %1309 = zext i16 %1308 to i64
  ret i64 %1309
}

; Function Attrs: noinline nounwind uwtable
define internal i64 @safe_mod_func_uint64_t_u_u(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %4, align 8
  %6 = icmp eq i64 %5, 0
  br i1 %6, label %7, label %9

7:                                                ; preds = %2
  %8 = load i64, ptr %3, align 8
  br label %13

9:                                                ; preds = %2
  %10 = load i64, ptr %3, align 8
  %11 = load i64, ptr %4, align 8
  %12 = urem i64 %10, %11
  br label %13

13:                                               ; preds = %9, %7
  %14 = phi i64 [ %8, %7 ], [ %12, %9 ]
  ret i64 %14
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: noinline nounwind uwtable
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

; Function Attrs: noinline nounwind uwtable
define internal i32 @func_34(i64 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca i16, align 2
  %5 = alloca i16, align 2
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  %13 = alloca ptr, align 8
  %14 = alloca ptr, align 8
  %15 = alloca i32, align 4
  %16 = alloca [2 x i32], align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca i64, align 8
  %22 = alloca i32, align 4
  %23 = alloca i32, align 4
  %24 = alloca i32, align 4
  %25 = alloca i16, align 2
  %26 = alloca [7 x ptr], align 16
  %27 = alloca i64, align 8
  %28 = alloca [4 x [6 x ptr]], align 16
  %29 = alloca i32, align 4
  %30 = alloca i32, align 4
  %31 = alloca i32, align 4
  %32 = alloca ptr, align 8
  %33 = alloca ptr, align 8
  %34 = alloca [7 x [9 x [4 x i32]]], align 16
  %35 = alloca [4 x ptr], align 16
  %36 = alloca i32, align 4
  %37 = alloca i32, align 4
  %38 = alloca i32, align 4
  %39 = alloca i32, align 4
  %40 = alloca i32, align 4
  %41 = alloca %union.U0, align 4
  %42 = alloca i32, align 4
  %43 = alloca ptr, align 8
  %44 = alloca ptr, align 8
  %45 = alloca i32, align 4
  %46 = alloca i32, align 4
  store i64 %0, ptr %3, align 8
  store i16 0, ptr %4, align 2
  store i16 29892, ptr %5, align 2
  store i32 -3, ptr %6, align 4
  store ptr @g_725, ptr %7, align 8
  store ptr %7, ptr %8, align 8
  store i64 0, ptr %3, align 8
  br label %47

47:                                               ; preds = %324, %1
  %48 = load i64, ptr %3, align 8
  %49 = icmp sge i64 %48, 0
  br i1 %49, label %50, label %327

50:                                               ; preds = %47
  store i32 1949051891, ptr %9, align 4
  store i32 147899019, ptr %10, align 4
  store i32 -906021925, ptr %11, align 4
  store i64 1696492254819716269, ptr %12, align 8
  store i32 0, ptr @g_4, align 4
  br label %51

51:                                               ; preds = %312, %50
  %52 = load i32, ptr @g_4, align 4
  %53 = icmp sle i32 %52, 0
  br i1 %53, label %54, label %315

54:                                               ; preds = %51
  store ptr @g_37, ptr %13, align 8
  store ptr %13, ptr %14, align 8
  store i32 -118621891, ptr %15, align 4
  store i32 0, ptr %17, align 4
  br label %55

55:                                               ; preds = %62, %54
  %56 = load i32, ptr %17, align 4
  %57 = icmp slt i32 %56, 2
  br i1 %57, label %58, label %65

58:                                               ; preds = %55
  %59 = load i32, ptr %17, align 4
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds [2 x i32], ptr %16, i64 0, i64 %60
  store i32 -1792800797, ptr %61, align 4
  br label %62

62:                                               ; preds = %58
  %63 = load i32, ptr %17, align 4
  %64 = add nsw i32 %63, 1
  store i32 %64, ptr %17, align 4
  br label %55, !llvm.loop !73

65:                                               ; preds = %55
  store i32 0, ptr @g_37, align 4
  br label %66

66:                                               ; preds = %77, %65
  %67 = load i32, ptr @g_37, align 4
  %68 = icmp sle i32 %67, 0
  br i1 %68, label %69, label %80

69:                                               ; preds = %66
  %70 = load i64, ptr %3, align 8
  %71 = add nsw i64 %70, 1
  %72 = getelementptr inbounds [5 x [1 x i32]], ptr @g_2, i64 0, i64 %71
  %73 = load i32, ptr @g_37, align 4
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds [1 x i32], ptr %72, i64 0, i64 %74
  %76 = load volatile i32, ptr %75, align 4
  store i32 %76, ptr %2, align 4
  br label %331

77:                                               ; No predecessors!
  %78 = load i32, ptr @g_37, align 4
  %79 = add nsw i32 %78, 1
  store i32 %79, ptr @g_37, align 4
  br label %66, !llvm.loop !74

80:                                               ; preds = %66
  %81 = load ptr, ptr %14, align 8
  store ptr null, ptr %81, align 8
  store i32 0, ptr @g_37, align 4
  br label %82

82:                                               ; preds = %308, %80
  %83 = load i32, ptr @g_37, align 4
  %84 = icmp sle i32 %83, 0
  br i1 %84, label %85, label %311

85:                                               ; preds = %82
  store i32 1578972164, ptr %20, align 4
  store i64 -3445610462976581996, ptr %21, align 8
  store i32 -1749110562, ptr %22, align 4
  store i32 0, ptr %23, align 4
  store i32 936223914, ptr %24, align 4
  store i16 6, ptr %25, align 2
  store ptr %5, ptr %26, align 8
  %86 = getelementptr inbounds ptr, ptr %26, i64 1
  store ptr %5, ptr %86, align 8
  %87 = getelementptr inbounds ptr, ptr %26, i64 2
  store ptr %5, ptr %87, align 8
  %88 = getelementptr inbounds ptr, ptr %26, i64 3
  store ptr %5, ptr %88, align 8
  %89 = getelementptr inbounds ptr, ptr %26, i64 4
  store ptr %5, ptr %89, align 8
  %90 = getelementptr inbounds ptr, ptr %26, i64 5
  store ptr %5, ptr %90, align 8
  %91 = getelementptr inbounds ptr, ptr %26, i64 6
  store ptr %5, ptr %91, align 8
  store i64 -5, ptr %27, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %28, ptr align 16 @__const.func_34.l_2222, i64 192, i1 false)
  store i32 -517178864, ptr %29, align 4
  store i32 0, ptr @g_40, align 4
  br label %92

92:                                               ; preds = %206, %85
  %93 = load i32, ptr @g_40, align 4
  %94 = icmp sge i32 %93, 0
  br i1 %94, label %95, label %209

95:                                               ; preds = %92
  store ptr null, ptr %32, align 8
  store ptr @g_644, ptr %33, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %34, ptr align 16 @__const.func_34.l_2186, i64 1008, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %35, i8 0, i64 32, i1 false)
  store i32 0, ptr @g_41, align 4
  br label %96

96:                                               ; preds = %114, %95
  %97 = load i32, ptr @g_41, align 4
  %98 = icmp sge i32 %97, 0
  br i1 %98, label %99, label %117

99:                                               ; preds = %96
  %100 = call ptr @func_42(ptr noundef @g_4)
  %101 = load volatile ptr, ptr @g_2170, align 8
  store ptr %100, ptr %101, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %41, ptr align 4 @g_2171, i64 4, i1 true)
  %102 = load i32, ptr @g_40, align 4
  %103 = add nsw i32 %102, 2
  %104 = sext i32 %103 to i64
  %105 = getelementptr inbounds [5 x [1 x i32]], ptr @g_2, i64 0, i64 %104
  %106 = load i32, ptr @g_4, align 4
  %107 = sext i32 %106 to i64
  %108 = getelementptr inbounds [1 x i32], ptr %105, i64 0, i64 %107
  %109 = load volatile i32, ptr %108, align 4
  %110 = load i32, ptr %15, align 4
  %111 = sext i32 %110 to i64
  %112 = xor i64 %111, 1706627981
  %113 = trunc i64 %112 to i32
  store i32 %113, ptr %15, align 4
  br label %114

114:                                              ; preds = %99
  %115 = load i32, ptr @g_41, align 4
  %116 = sub nsw i32 %115, 1
  store i32 %116, ptr @g_41, align 4
  br label %96, !llvm.loop !75

117:                                              ; preds = %96
  %118 = load i32, ptr %20, align 4
  %119 = load i64, ptr %3, align 8
  %120 = trunc i64 %119 to i16
  %121 = call signext i16 @safe_mul_func_int16_t_s_s(i16 noundef signext %120, i16 noundef signext 0)
  %122 = sext i16 %121 to i32
  %123 = load i64, ptr %3, align 8
  %124 = load ptr, ptr %33, align 8
  %125 = load i8, ptr %124, align 1
  %126 = zext i8 %125 to i64
  %127 = and i64 %126, %123
  %128 = trunc i64 %127 to i8
  store i8 %128, ptr %124, align 1
  %129 = zext i8 %128 to i32
  %130 = icmp sge i32 %122, %129
  br i1 %130, label %171, label %131

131:                                              ; preds = %117
  %132 = load i64, ptr %3, align 8
  %133 = load i64, ptr @g_966, align 8
  %134 = trunc i64 %133 to i8
  %135 = load ptr, ptr %33, align 8
  store i8 %134, ptr %135, align 1
  %136 = zext i8 %134 to i64
  %137 = load volatile i32, ptr @g_1396, align 4
  %138 = or i64 %136, 255
  %139 = load i64, ptr %3, align 8
  %140 = icmp ne i64 %138, %139
  %141 = zext i1 %140 to i32
  %142 = sext i32 %141 to i64
  %143 = load i64, ptr %3, align 8
  %144 = xor i64 %142, %143
  %145 = icmp ne i64 %144, 4294967295
  %146 = zext i1 %145 to i32
  %147 = trunc i32 %146 to i8
  %148 = load i32, ptr %9, align 4
  %149 = trunc i32 %148 to i8
  %150 = call zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext %147, i8 noundef zeroext %149)
  %151 = zext i8 %150 to i64
  %152 = call i64 @safe_sub_func_uint64_t_u_u(i64 noundef %132, i64 noundef %151)
  %153 = load ptr, ptr @g_1622, align 8
  %154 = load ptr, ptr %153, align 8
  %155 = load i8, ptr %154, align 1
  %156 = sext i8 %155 to i64
  %157 = xor i64 %152, %156
  %158 = load i16, ptr getelementptr inbounds ([7 x i16], ptr getelementptr inbounds ([3 x [7 x i16]], ptr @g_172, i64 0, i64 1), i64 0, i64 2), align 2
  %159 = zext i16 %158 to i64
  %160 = icmp ult i64 %157, %159
  %161 = zext i1 %160 to i32
  %162 = trunc i32 %161 to i8
  %163 = load ptr, ptr @g_1248, align 8
  store i8 %162, ptr %163, align 1
  %164 = getelementptr inbounds [7 x [9 x [4 x i32]]], ptr %34, i64 0, i64 4
  %165 = getelementptr inbounds [9 x [4 x i32]], ptr %164, i64 0, i64 4
  %166 = getelementptr inbounds [4 x i32], ptr %165, i64 0, i64 3
  %167 = load i32, ptr %166, align 4
  %168 = call signext i8 @safe_rshift_func_int8_t_s_s(i8 noundef signext %162, i32 noundef %167)
  %169 = sext i8 %168 to i32
  %170 = icmp ne i32 %169, 0
  br label %171

171:                                              ; preds = %131, %117
  %172 = phi i1 [ true, %117 ], [ %170, %131 ]
  %173 = xor i1 %172, true
  %174 = zext i1 %173 to i32
  %175 = load i32, ptr %9, align 4
  %176 = icmp ule i32 %174, %175
  %177 = zext i1 %176 to i32
  %178 = load ptr, ptr @g_2165, align 8
  %179 = load ptr, ptr %178, align 8
  %180 = load i32, ptr %179, align 4
  %181 = and i32 %177, %180
  %182 = sext i32 %181 to i64
  %183 = load i64, ptr %21, align 8
  %184 = and i64 %182, %183
  %185 = load i32, ptr %9, align 4
  %186 = zext i32 %185 to i64
  %187 = xor i64 %184, %186
  %188 = load i32, ptr @g_1233, align 4
  %189 = sext i32 %188 to i64
  %190 = and i64 %189, %187
  %191 = trunc i64 %190 to i32
  store i32 %191, ptr @g_1233, align 4
  store i32 0, ptr @g_141, align 4
  br label %192

192:                                              ; preds = %198, %171
  %193 = load i32, ptr @g_141, align 4
  %194 = icmp ult i32 %193, 18
  br i1 %194, label %195, label %203

195:                                              ; preds = %192
  %196 = load i16, ptr %4, align 2
  %197 = add i16 %196, -1
  store i16 %197, ptr %4, align 2
  br label %198

198:                                              ; preds = %195
  %199 = load i32, ptr @g_141, align 4
  %200 = trunc i32 %199 to i8
  %201 = call signext i8 @safe_add_func_int8_t_s_s(i8 noundef signext %200, i8 noundef signext 7)
  %202 = sext i8 %201 to i32
  store i32 %202, ptr @g_141, align 4
  br label %192, !llvm.loop !76

203:                                              ; preds = %192
  %204 = load i16, ptr %5, align 2
  %205 = add i16 %204, 1
  store i16 %205, ptr %5, align 2
  br label %206

206:                                              ; preds = %203
  %207 = load i32, ptr @g_40, align 4
  %208 = sub nsw i32 %207, 1
  store i32 %208, ptr @g_40, align 4
  br label %92, !llvm.loop !77

209:                                              ; preds = %92
  %210 = load i64, ptr %3, align 8
  %211 = add nsw i64 %210, 1
  %212 = getelementptr inbounds [5 x [1 x i32]], ptr @g_2, i64 0, i64 %211
  %213 = load i32, ptr @g_4, align 4
  %214 = sext i32 %213 to i64
  %215 = getelementptr inbounds [1 x i32], ptr %212, i64 0, i64 %214
  %216 = load volatile i32, ptr %215, align 4
  %217 = load i64, ptr %3, align 8
  %218 = trunc i64 %217 to i16
  %219 = load ptr, ptr @g_1197, align 8
  %220 = load ptr, ptr %219, align 8
  %221 = load i64, ptr %220, align 8
  %222 = load i64, ptr %3, align 8
  %223 = icmp ne i64 %222, 0
  br i1 %223, label %228, label %224

224:                                              ; preds = %209
  %225 = load i16, ptr %25, align 2
  %226 = zext i16 %225 to i32
  store i32 %226, ptr %6, align 4
  %227 = icmp ne i32 %226, 0
  br i1 %227, label %228, label %256

228:                                              ; preds = %224, %209
  %229 = load ptr, ptr @g_725, align 8
  store i32 9, ptr %229, align 4
  %230 = call i32 @safe_div_func_uint32_t_u_u(i32 noundef 1, i32 noundef -880453091)
  %231 = zext i32 %230 to i64
  %232 = load i64, ptr %3, align 8
  %233 = or i64 %231, %232
  %234 = load ptr, ptr @g_840, align 8
  %235 = load i16, ptr %234, align 2
  %236 = sext i16 %235 to i64
  %237 = and i64 %233, %236
  %238 = trunc i64 %237 to i16
  %239 = call signext i16 @safe_mul_func_int16_t_s_s(i16 noundef signext %238, i16 noundef signext -18342)
  %240 = sext i16 %239 to i32
  %241 = call i32 @safe_sub_func_uint32_t_u_u(i32 noundef 919178509, i32 noundef %240)
  %242 = icmp ne i32 %241, 0
  br i1 %242, label %246, label %243

243:                                              ; preds = %228
  %244 = load i64, ptr %3, align 8
  %245 = icmp ne i64 %244, 0
  br label %246

246:                                              ; preds = %243, %228
  %247 = phi i1 [ true, %228 ], [ %245, %243 ]
  %248 = zext i1 %247 to i32
  %249 = load i64, ptr %3, align 8
  %250 = load i64, ptr %3, align 8
  %251 = trunc i64 %250 to i8
  %252 = load ptr, ptr @g_1622, align 8
  %253 = load ptr, ptr %252, align 8
  store i8 %251, ptr %253, align 1
  %254 = sext i8 %251 to i32
  %255 = icmp ne i32 %254, 0
  br label %256

256:                                              ; preds = %246, %224
  %257 = phi i1 [ false, %224 ], [ %255, %246 ]
  %258 = zext i1 %257 to i32
  %259 = sext i32 %258 to i64
  %260 = and i64 %259, -5
  %261 = trunc i64 %260 to i32
  store i32 %261, ptr %10, align 4
  %262 = sext i32 %261 to i64
  %263 = load i64, ptr %3, align 8
  %264 = icmp sle i64 %262, %263
  %265 = zext i1 %264 to i32
  %266 = sext i32 %265 to i64
  %267 = icmp sle i64 63936, %266
  %268 = zext i1 %267 to i32
  %269 = sext i32 %268 to i64
  %270 = load i64, ptr %3, align 8
  %271 = icmp slt i64 %269, %270
  %272 = zext i1 %271 to i32
  %273 = load ptr, ptr %8, align 8
  %274 = icmp eq ptr null, %273
  br i1 %274, label %278, label %275

275:                                              ; preds = %256
  %276 = load i64, ptr %3, align 8
  %277 = icmp ne i64 %276, 0
  br label %278

278:                                              ; preds = %275, %256
  %279 = phi i1 [ true, %256 ], [ %277, %275 ]
  %280 = zext i1 %279 to i32
  %281 = trunc i32 %280 to i8
  %282 = call zeroext i8 @safe_lshift_func_uint8_t_u_u(i8 noundef zeroext %281, i32 noundef -5)
  store i32 -337717828, ptr @g_45, align 4
  %283 = load i32, ptr %29, align 4
  %284 = call i32 @safe_sub_func_int32_t_s_s(i32 noundef -337717828, i32 noundef %283)
  %285 = sext i32 %284 to i64
  store i64 %285, ptr @g_1934, align 8
  %286 = load i8, ptr getelementptr inbounds ([8 x i8], ptr getelementptr inbounds ([4 x [8 x i8]], ptr @g_2224, i64 0, i64 3), i64 0, i64 2), align 2
  %287 = load i32, ptr getelementptr inbounds ([3 x i32], ptr getelementptr inbounds ([7 x [3 x i32]], ptr @g_1985, i64 0, i64 1), i64 0, i64 1), align 4
  %288 = trunc i32 %287 to i8
  %289 = call zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext 0, i8 noundef zeroext %288)
  %290 = zext i8 %289 to i16
  %291 = call zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext %218, i16 noundef zeroext %290)
  %292 = zext i16 %291 to i32
  %293 = and i32 %216, %292
  %294 = sext i32 %293 to i64
  %295 = load i64, ptr %3, align 8
  %296 = icmp slt i64 %294, %295
  %297 = zext i1 %296 to i32
  %298 = sext i32 %297 to i64
  %299 = load i64, ptr %3, align 8
  %300 = icmp eq i64 %298, %299
  %301 = zext i1 %300 to i32
  %302 = load i64, ptr %3, align 8
  %303 = add nsw i64 %302, 3
  %304 = getelementptr inbounds [5 x [1 x i32]], ptr @g_2, i64 0, i64 %303
  %305 = load i32, ptr @g_4, align 4
  %306 = sext i32 %305 to i64
  %307 = getelementptr inbounds [1 x i32], ptr %304, i64 0, i64 %306
  store volatile i32 %301, ptr %307, align 4
  br label %308

308:                                              ; preds = %278
  %309 = load i32, ptr @g_37, align 4
  %310 = add nsw i32 %309, 1
  store i32 %310, ptr @g_37, align 4
  br label %82, !llvm.loop !78

311:                                              ; preds = %82
  br label %312

312:                                              ; preds = %311
  %313 = load i32, ptr @g_4, align 4
  %314 = add nsw i32 %313, 1
  store i32 %314, ptr @g_4, align 4
  br label %51, !llvm.loop !79

315:                                              ; preds = %51
  store i32 0, ptr @g_816, align 4
  br label %316

316:                                              ; preds = %320, %315
  %317 = load i32, ptr @g_816, align 4
  %318 = icmp sle i32 %317, 0
  br i1 %318, label %319, label %323

319:                                              ; preds = %316
  store i32 -1531623752, ptr %42, align 4
  store ptr @g_1622, ptr %43, align 8
  store ptr %8, ptr %44, align 8
  br label %320

320:                                              ; preds = %319
  %321 = load i32, ptr @g_816, align 4
  %322 = add nsw i32 %321, 1
  store i32 %322, ptr @g_816, align 4
  br label %316, !llvm.loop !80

323:                                              ; preds = %316
  br label %324

324:                                              ; preds = %323
  %325 = load i64, ptr %3, align 8
  %326 = sub nsw i64 %325, 1
  store i64 %326, ptr %3, align 8
  br label %47, !llvm.loop !81

327:                                              ; preds = %47
  %328 = load ptr, ptr @g_128, align 8
  %329 = load volatile ptr, ptr %328, align 8
  store ptr %6, ptr %329, align 8
  %330 = load i32, ptr %6, align 4
  store i32 %330, ptr %2, align 4
  br label %331

331:                                              ; preds = %327, %69
  %332 = load i32, ptr %2, align 4
  ret i32 %332
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: noinline nounwind uwtable
define internal zeroext i16 @safe_sub_func_uint16_t_u_u(i16 noundef zeroext %0, i16 noundef zeroext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %3, align 2
  %6 = zext i16 %5 to i32
  %7 = load i16, ptr %4, align 2
  %8 = zext i16 %7 to i32
  %9 = sub nsw i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: noinline nounwind uwtable
define internal zeroext i16 @safe_mod_func_uint16_t_u_u(i16 noundef zeroext %0, i16 noundef zeroext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %4, align 2
  %6 = zext i16 %5 to i32
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %11

8:                                                ; preds = %2
  %9 = load i16, ptr %3, align 2
  %10 = zext i16 %9 to i32
  br label %17

11:                                               ; preds = %2
  %12 = load i16, ptr %3, align 2
  %13 = zext i16 %12 to i32
  %14 = load i16, ptr %4, align 2
  %15 = zext i16 %14 to i32
  %16 = srem i32 %13, %15
  br label %17

17:                                               ; preds = %11, %8
  %18 = phi i32 [ %10, %8 ], [ %16, %11 ]
  %19 = trunc i32 %18 to i16
  ret i16 %19
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
define internal zeroext i16 @safe_lshift_func_uint16_t_u_u(i16 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp uge i32 %5, 32
  br i1 %6, label %13, label %7

7:                                                ; preds = %2
  %8 = load i16, ptr %3, align 2
  %9 = zext i16 %8 to i32
  %10 = load i32, ptr %4, align 4
  %11 = ashr i32 65535, %10
  %12 = icmp sgt i32 %9, %11
  br i1 %12, label %13, label %16

13:                                               ; preds = %7, %2
  %14 = load i16, ptr %3, align 2
  %15 = zext i16 %14 to i32
  br label %21

16:                                               ; preds = %7
  %17 = load i16, ptr %3, align 2
  %18 = zext i16 %17 to i32
  %19 = load i32, ptr %4, align 4
  %20 = shl i32 %18, %19
  br label %21

21:                                               ; preds = %16, %13
  %22 = phi i32 [ %15, %13 ], [ %20, %16 ]
  %23 = trunc i32 %22 to i16
  ret i16 %23
}

; Function Attrs: noinline nounwind uwtable
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

; Function Attrs: noinline nounwind uwtable
define internal signext i16 @safe_unary_minus_func_int16_t_s(i16 noundef signext %0) #0 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2
  %3 = load i16, ptr %2, align 2
  %4 = sext i16 %3 to i32
  %5 = sub nsw i32 0, %4
  %6 = trunc i32 %5 to i16
  ret i16 %6
}

; Function Attrs: noinline nounwind uwtable
define internal zeroext i16 @safe_add_func_uint16_t_u_u(i16 noundef zeroext %0, i16 noundef zeroext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %3, align 2
  %6 = zext i16 %5 to i32
  %7 = load i16, ptr %4, align 2
  %8 = zext i16 %7 to i32
  %9 = add nsw i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: noinline nounwind uwtable
define internal i64 @safe_mod_func_int64_t_s_s(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %4, align 8
  %6 = icmp eq i64 %5, 0
  br i1 %6, label %13, label %7

7:                                                ; preds = %2
  %8 = load i64, ptr %3, align 8
  %9 = icmp eq i64 %8, -9223372036854775808
  br i1 %9, label %10, label %15

10:                                               ; preds = %7
  %11 = load i64, ptr %4, align 8
  %12 = icmp eq i64 %11, -1
  br i1 %12, label %13, label %15

13:                                               ; preds = %10, %2
  %14 = load i64, ptr %3, align 8
  br label %19

15:                                               ; preds = %10, %7
  %16 = load i64, ptr %3, align 8
  %17 = load i64, ptr %4, align 8
  %18 = srem i64 %16, %17
  br label %19

19:                                               ; preds = %15, %13
  %20 = phi i64 [ %14, %13 ], [ %18, %15 ]
  ret i64 %20
}

; Function Attrs: noinline nounwind uwtable
define internal signext i16 @safe_div_func_int16_t_s_s(i16 noundef signext %0, i16 noundef signext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %4, align 2
  %6 = sext i16 %5 to i32
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %16, label %8

8:                                                ; preds = %2
  %9 = load i16, ptr %3, align 2
  %10 = sext i16 %9 to i32
  %11 = icmp eq i32 %10, -32768
  br i1 %11, label %12, label %19

12:                                               ; preds = %8
  %13 = load i16, ptr %4, align 2
  %14 = sext i16 %13 to i32
  %15 = icmp eq i32 %14, -1
  br i1 %15, label %16, label %19

16:                                               ; preds = %12, %2
  %17 = load i16, ptr %3, align 2
  %18 = sext i16 %17 to i32
  br label %25

19:                                               ; preds = %12, %8
  %20 = load i16, ptr %3, align 2
  %21 = sext i16 %20 to i32
  %22 = load i16, ptr %4, align 2
  %23 = sext i16 %22 to i32
  %24 = sdiv i32 %21, %23
  br label %25

25:                                               ; preds = %19, %16
  %26 = phi i32 [ %18, %16 ], [ %24, %19 ]
  %27 = trunc i32 %26 to i16
  ret i16 %27
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @safe_mod_func_uint32_t_u_u(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp eq i32 %5, 0
  br i1 %6, label %7, label %9

7:                                                ; preds = %2
  %8 = load i32, ptr %3, align 4
  br label %13

9:                                                ; preds = %2
  %10 = load i32, ptr %3, align 4
  %11 = load i32, ptr %4, align 4
  %12 = urem i32 %10, %11
  br label %13

13:                                               ; preds = %9, %7
  %14 = phi i32 [ %8, %7 ], [ %12, %9 ]
  ret i32 %14
}

; Function Attrs: noinline nounwind uwtable
define internal signext i8 @safe_mod_func_int8_t_s_s(i8 noundef signext %0, i8 noundef signext %1) #0 {
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
  %24 = srem i32 %21, %23
  br label %25

25:                                               ; preds = %19, %16
  %26 = phi i32 [ %18, %16 ], [ %24, %19 ]
  %27 = trunc i32 %26 to i8
  ret i8 %27
}

; Function Attrs: noinline nounwind uwtable
define internal zeroext i16 @safe_lshift_func_uint16_t_u_s(i16 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp slt i32 %5, 0
  br i1 %6, label %16, label %7

7:                                                ; preds = %2
  %8 = load i32, ptr %4, align 4
  %9 = icmp sge i32 %8, 32
  br i1 %9, label %16, label %10

10:                                               ; preds = %7
  %11 = load i16, ptr %3, align 2
  %12 = zext i16 %11 to i32
  %13 = load i32, ptr %4, align 4
  %14 = ashr i32 65535, %13
  %15 = icmp sgt i32 %12, %14
  br i1 %15, label %16, label %19

16:                                               ; preds = %10, %7, %2
  %17 = load i16, ptr %3, align 2
  %18 = zext i16 %17 to i32
  br label %24

19:                                               ; preds = %10
  %20 = load i16, ptr %3, align 2
  %21 = zext i16 %20 to i32
  %22 = load i32, ptr %4, align 4
  %23 = shl i32 %21, %22
  br label %24

24:                                               ; preds = %19, %16
  %25 = phi i32 [ %18, %16 ], [ %23, %19 ]
  %26 = trunc i32 %25 to i16
  ret i16 %26
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @safe_add_func_uint32_t_u_u(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = add i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind uwtable
define internal zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext %0, i8 noundef zeroext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %3, align 1
  %6 = zext i8 %5 to i32
  %7 = load i8, ptr %4, align 1
  %8 = zext i8 %7 to i32
  %9 = mul i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @safe_sub_func_uint32_t_u_u(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = sub i32 %5, %6
  ret i32 %7
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
define internal zeroext i8 @safe_rshift_func_uint8_t_u_u(i8 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp uge i32 %5, 32
  br i1 %6, label %7, label %10

7:                                                ; preds = %2
  %8 = load i8, ptr %3, align 1
  %9 = zext i8 %8 to i32
  br label %15

10:                                               ; preds = %2
  %11 = load i8, ptr %3, align 1
  %12 = zext i8 %11 to i32
  %13 = load i32, ptr %4, align 4
  %14 = ashr i32 %12, %13
  br label %15

15:                                               ; preds = %10, %7
  %16 = phi i32 [ %9, %7 ], [ %14, %10 ]
  %17 = trunc i32 %16 to i8
  ret i8 %17
}

; Function Attrs: noinline nounwind uwtable
define internal zeroext i8 @safe_mod_func_uint8_t_u_u(i8 noundef zeroext %0, i8 noundef zeroext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %4, align 1
  %6 = zext i8 %5 to i32
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %11

8:                                                ; preds = %2
  %9 = load i8, ptr %3, align 1
  %10 = zext i8 %9 to i32
  br label %17

11:                                               ; preds = %2
  %12 = load i8, ptr %3, align 1
  %13 = zext i8 %12 to i32
  %14 = load i8, ptr %4, align 1
  %15 = zext i8 %14 to i32
  %16 = srem i32 %13, %15
  br label %17

17:                                               ; preds = %11, %8
  %18 = phi i32 [ %10, %8 ], [ %16, %11 ]
  %19 = trunc i32 %18 to i8
  ret i8 %19
}

; Function Attrs: noinline nounwind uwtable
define internal signext i8 @safe_add_func_int8_t_s_s(i8 noundef signext %0, i8 noundef signext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %3, align 1
  %6 = sext i8 %5 to i32
  %7 = load i8, ptr %4, align 1
  %8 = sext i8 %7 to i32
  %9 = add nsw i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

; Function Attrs: noinline nounwind uwtable
define internal signext i8 @safe_rshift_func_int8_t_s_s(i8 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1
  store i32 %1, ptr %4, align 4
  %5 = load i8, ptr %3, align 1
  %6 = sext i8 %5 to i32
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %14, label %8

8:                                                ; preds = %2
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %9, 0
  br i1 %10, label %14, label %11

11:                                               ; preds = %8
  %12 = load i32, ptr %4, align 4
  %13 = icmp sge i32 %12, 32
  br i1 %13, label %14, label %17

14:                                               ; preds = %11, %8, %2
  %15 = load i8, ptr %3, align 1
  %16 = sext i8 %15 to i32
  br label %22

17:                                               ; preds = %11
  %18 = load i8, ptr %3, align 1
  %19 = sext i8 %18 to i32
  %20 = load i32, ptr %4, align 4
  %21 = ashr i32 %19, %20
  br label %22

22:                                               ; preds = %17, %14
  %23 = phi i32 [ %16, %14 ], [ %21, %17 ]
  %24 = trunc i32 %23 to i8
  ret i8 %24
}

; Function Attrs: noinline nounwind uwtable
define internal signext i8 @safe_mul_func_int8_t_s_s(i8 noundef signext %0, i8 noundef signext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %3, align 1
  %6 = sext i8 %5 to i32
  %7 = load i8, ptr %4, align 1
  %8 = sext i8 %7 to i32
  %9 = mul nsw i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

; Function Attrs: noinline nounwind uwtable
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

; Function Attrs: noinline nounwind uwtable
define internal i64 @safe_sub_func_int64_t_s_s(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = xor i64 %5, %6
  %8 = load i64, ptr %3, align 8
  %9 = load i64, ptr %3, align 8
  %10 = load i64, ptr %4, align 8
  %11 = xor i64 %9, %10
  %12 = and i64 %11, -9223372036854775808
  %13 = xor i64 %8, %12
  %14 = load i64, ptr %4, align 8
  %15 = sub nsw i64 %13, %14
  %16 = load i64, ptr %4, align 8
  %17 = xor i64 %15, %16
  %18 = and i64 %7, %17
  %19 = icmp slt i64 %18, 0
  br i1 %19, label %20, label %22

20:                                               ; preds = %2
  %21 = load i64, ptr %3, align 8
  br label %26

22:                                               ; preds = %2
  %23 = load i64, ptr %3, align 8
  %24 = load i64, ptr %4, align 8
  %25 = sub nsw i64 %23, %24
  br label %26

26:                                               ; preds = %22, %20
  %27 = phi i64 [ %21, %20 ], [ %25, %22 ]
  ret i64 %27
}

; Function Attrs: noinline nounwind uwtable
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

; Function Attrs: noinline nounwind uwtable
define internal zeroext i8 @safe_div_func_uint8_t_u_u(i8 noundef zeroext %0, i8 noundef zeroext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %4, align 1
  %6 = zext i8 %5 to i32
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %11

8:                                                ; preds = %2
  %9 = load i8, ptr %3, align 1
  %10 = zext i8 %9 to i32
  br label %17

11:                                               ; preds = %2
  %12 = load i8, ptr %3, align 1
  %13 = zext i8 %12 to i32
  %14 = load i8, ptr %4, align 1
  %15 = zext i8 %14 to i32
  %16 = sdiv i32 %13, %15
  br label %17

17:                                               ; preds = %11, %8
  %18 = phi i32 [ %10, %8 ], [ %16, %11 ]
  %19 = trunc i32 %18 to i8
  ret i8 %19
}

; Function Attrs: noinline nounwind uwtable
define internal ptr @func_42(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i8, align 1
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i8, align 1
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca [1 x [7 x i32]], align 16
  %15 = alloca i64, align 8
  %16 = alloca i8, align 1
  %17 = alloca ptr, align 8
  %18 = alloca [10 x [7 x ptr]], align 16
  %19 = alloca ptr, align 8
  %20 = alloca ptr, align 8
  %21 = alloca ptr, align 8
  %22 = alloca i8, align 1
  %23 = alloca i32, align 4
  %24 = alloca i32, align 4
  %25 = alloca ptr, align 8
  %26 = alloca [3 x ptr], align 16
  %27 = alloca i32, align 4
  %28 = alloca i32, align 4
  %29 = alloca [8 x [2 x i8]], align 16
  %30 = alloca ptr, align 8
  %31 = alloca ptr, align 8
  %32 = alloca i32, align 4
  %33 = alloca i32, align 4
  %34 = alloca ptr, align 8
  %35 = alloca [6 x [3 x ptr]], align 16
  %36 = alloca ptr, align 8
  %37 = alloca [10 x [5 x [5 x ptr]]], align 16
  %38 = alloca ptr, align 8
  %39 = alloca i32, align 4
  %40 = alloca i32, align 4
  %41 = alloca i32, align 4
  %42 = alloca ptr, align 8
  %43 = alloca [3 x [7 x [10 x ptr]]], align 16
  %44 = alloca i32, align 4
  %45 = alloca i32, align 4
  %46 = alloca i32, align 4
  %47 = alloca ptr, align 8
  %48 = alloca i32, align 4
  %49 = alloca ptr, align 8
  %50 = alloca [10 x i32], align 16
  %51 = alloca i32, align 4
  %52 = alloca ptr, align 8
  %53 = alloca ptr, align 8
  %54 = alloca ptr, align 8
  %55 = alloca ptr, align 8
  %56 = alloca ptr, align 8
  %57 = alloca ptr, align 8
  %58 = alloca ptr, align 8
  %59 = alloca ptr, align 8
  %60 = alloca ptr, align 8
  %61 = alloca i32, align 4
  %62 = alloca ptr, align 8
  %63 = alloca [7 x [3 x i64]], align 16
  %64 = alloca ptr, align 8
  %65 = alloca i32, align 4
  %66 = alloca i32, align 4
  %67 = alloca [6 x i32], align 16
  %68 = alloca [10 x [7 x ptr]], align 16
  %69 = alloca i32, align 4
  %70 = alloca i32, align 4
  %71 = alloca i32, align 4
  %72 = alloca i32, align 4
  %73 = alloca i32, align 4
  %74 = alloca [7 x i32], align 16
  %75 = alloca i32, align 4
  %76 = alloca i32, align 4
  %77 = alloca i16, align 2
  %78 = alloca i32, align 4
  %79 = alloca i32, align 4
  %80 = alloca i32, align 4
  %81 = alloca ptr, align 8
  %82 = alloca ptr, align 8
  %83 = alloca ptr, align 8
  %84 = alloca ptr, align 8
  %85 = alloca [6 x ptr], align 16
  %86 = alloca i32, align 4
  %87 = alloca i32, align 4
  %88 = alloca i32, align 4
  %89 = alloca i32, align 4
  %90 = alloca i32, align 4
  %91 = alloca i64, align 8
  %92 = alloca i64, align 8
  %93 = alloca [10 x [1 x i32]], align 16
  %94 = alloca [3 x ptr], align 16
  %95 = alloca [10 x ptr], align 16
  %96 = alloca i32, align 4
  %97 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i8 95, ptr %4, align 1
  store ptr @g_80, ptr %5, align 8
  store ptr @g_2024, ptr %6, align 8
  store i32 -598420092, ptr %7, align 4
  store i8 70, ptr %8, align 1
  store i32 1220426734, ptr %9, align 4
  store i32 1, ptr %10, align 4
  store i32 0, ptr %11, align 4
  store i32 -1286879350, ptr %12, align 4
  store i32 0, ptr %13, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %14, ptr align 16 @__const.func_42.l_2060, i64 28, i1 false)
  store i64 1480936141197185729, ptr %15, align 8
  store i8 -96, ptr %16, align 1
  store ptr null, ptr %17, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %18, ptr align 16 @__const.func_42.l_2094, i64 560, i1 false)
  store ptr null, ptr %19, align 8
  store ptr %19, ptr %20, align 8
  store ptr %20, ptr %21, align 8
  store i8 -1, ptr %22, align 1
  store i32 -27, ptr @g_45, align 4
  br label %98

98:                                               ; preds = %110, %1
  %99 = load i32, ptr @g_45, align 4
  %100 = icmp slt i32 %99, 25
  br i1 %100, label %101, label %113

101:                                              ; preds = %98
  store ptr getelementptr inbounds ([2 x i32], ptr getelementptr inbounds ([10 x [2 x i32]], ptr @g_49, i64 0, i64 7), i64 0, i64 1), ptr %25, align 8
  %102 = load ptr, ptr %3, align 8
  %103 = load i32, ptr %102, align 4
  %104 = load ptr, ptr %25, align 8
  store i32 %103, ptr %104, align 4
  %105 = load ptr, ptr %25, align 8
  %106 = load i32, ptr %105, align 4
  %107 = sext i32 %106 to i64
  %108 = and i64 %107, 3662733962
  %109 = trunc i64 %108 to i32
  store i32 %109, ptr %105, align 4
  br label %110

110:                                              ; preds = %101
  %111 = load i32, ptr @g_45, align 4
  %112 = add nsw i32 %111, 1
  store i32 %112, ptr @g_45, align 4
  br label %98, !llvm.loop !82

113:                                              ; preds = %98
  store i32 0, ptr @g_45, align 4
  br label %114

114:                                              ; preds = %279, %113
  %115 = load i32, ptr @g_45, align 4
  %116 = icmp sge i32 %115, 0
  br i1 %116, label %117, label %282

117:                                              ; preds = %114
  store i32 -980761740, ptr %27, align 4
  store i32 -1, ptr %28, align 4
  store ptr %5, ptr %30, align 8
  store ptr @g_130, ptr %31, align 8
  store i32 0, ptr %32, align 4
  br label %118

118:                                              ; preds = %125, %117
  %119 = load i32, ptr %32, align 4
  %120 = icmp slt i32 %119, 3
  br i1 %120, label %121, label %128

121:                                              ; preds = %118
  %122 = load i32, ptr %32, align 4
  %123 = sext i32 %122 to i64
  %124 = getelementptr inbounds [3 x ptr], ptr %26, i64 0, i64 %123
  store ptr @g_55, ptr %124, align 8
  br label %125

125:                                              ; preds = %121
  %126 = load i32, ptr %32, align 4
  %127 = add nsw i32 %126, 1
  store i32 %127, ptr %32, align 4
  br label %118, !llvm.loop !83

128:                                              ; preds = %118
  store i32 0, ptr %32, align 4
  br label %129

129:                                              ; preds = %147, %128
  %130 = load i32, ptr %32, align 4
  %131 = icmp slt i32 %130, 8
  br i1 %131, label %132, label %150

132:                                              ; preds = %129
  store i32 0, ptr %33, align 4
  br label %133

133:                                              ; preds = %143, %132
  %134 = load i32, ptr %33, align 4
  %135 = icmp slt i32 %134, 2
  br i1 %135, label %136, label %146

136:                                              ; preds = %133
  %137 = load i32, ptr %32, align 4
  %138 = sext i32 %137 to i64
  %139 = getelementptr inbounds [8 x [2 x i8]], ptr %29, i64 0, i64 %138
  %140 = load i32, ptr %33, align 4
  %141 = sext i32 %140 to i64
  %142 = getelementptr inbounds [2 x i8], ptr %139, i64 0, i64 %141
  store i8 15, ptr %142, align 1
  br label %143

143:                                              ; preds = %136
  %144 = load i32, ptr %33, align 4
  %145 = add nsw i32 %144, 1
  store i32 %145, ptr %33, align 4
  br label %133, !llvm.loop !84

146:                                              ; preds = %133
  br label %147

147:                                              ; preds = %146
  %148 = load i32, ptr %32, align 4
  %149 = add nsw i32 %148, 1
  store i32 %149, ptr %32, align 4
  br label %129, !llvm.loop !85

150:                                              ; preds = %129
  %151 = load volatile i32, ptr getelementptr inbounds ([5 x [1 x i32]], ptr @g_2, i64 0, i64 1), align 4
  store i32 %151, ptr %27, align 4
  %152 = trunc i32 %151 to i8
  %153 = call zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext %152, i8 noundef zeroext 0)
  %154 = zext i8 %153 to i64
  %155 = and i64 1, %154
  %156 = load i8, ptr %4, align 1
  %157 = sext i8 %156 to i64
  %158 = and i64 %155, %157
  %159 = icmp ne i64 %158, 0
  br i1 %159, label %160, label %163

160:                                              ; preds = %150
  %161 = load i32, ptr %27, align 4
  %162 = icmp ne i32 %161, 0
  br label %163

163:                                              ; preds = %160, %150
  %164 = phi i1 [ false, %150 ], [ %162, %160 ]
  %165 = zext i1 %164 to i32
  %166 = getelementptr inbounds [8 x [2 x i8]], ptr %29, i64 0, i64 5
  %167 = getelementptr inbounds [2 x i8], ptr %166, i64 0, i64 1
  %168 = load i8, ptr %167, align 1
  %169 = zext i8 %168 to i32
  %170 = or i32 1, %169
  %171 = load i16, ptr @g_717, align 2
  %172 = sext i16 %171 to i32
  %173 = icmp eq i32 %165, %172
  %174 = zext i1 %173 to i32
  %175 = trunc i32 %174 to i16
  %176 = call ptr @func_50(i16 noundef zeroext %175)
  %177 = load ptr, ptr %30, align 8
  store ptr %176, ptr %177, align 8
  %178 = load ptr, ptr %6, align 8
  %179 = icmp ne ptr %176, %178
  %180 = zext i1 %179 to i32
  %181 = sext i32 %180 to i64
  %182 = icmp eq i64 %181, -8079917784985523617
  %183 = zext i1 %182 to i32
  %184 = load i32, ptr @g_1126, align 4
  %185 = icmp ugt i32 %183, %184
  %186 = zext i1 %185 to i32
  store i32 %186, ptr %7, align 4
  store i8 0, ptr @g_644, align 1
  br label %187

187:                                              ; preds = %273, %163
  %188 = load i8, ptr @g_644, align 1
  %189 = zext i8 %188 to i32
  %190 = icmp sle i32 %189, 0
  br i1 %190, label %191, label %278

191:                                              ; preds = %187
  store ptr @g_130, ptr %34, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %35, ptr align 16 @__const.func_42.l_2030, i64 144, i1 false)
  store ptr null, ptr %36, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %37, ptr align 16 @__const.func_42.l_2045, i64 2000, i1 false)
  store ptr @g_2049, ptr %38, align 8
  %192 = load i32, ptr @g_45, align 4
  %193 = add nsw i32 %192, 7
  %194 = sext i32 %193 to i64
  %195 = getelementptr inbounds [10 x [2 x i32]], ptr @g_49, i64 0, i64 %194
  %196 = load i32, ptr @g_45, align 4
  %197 = sext i32 %196 to i64
  %198 = getelementptr inbounds [2 x i32], ptr %195, i64 0, i64 %197
  %199 = load i32, ptr %198, align 4
  %200 = trunc i32 %199 to i16
  %201 = call signext i16 @safe_lshift_func_int16_t_s_s(i16 noundef signext %200, i32 noundef 3)
  %202 = sext i16 %201 to i64
  %203 = icmp eq i64 4064299244, %202
  %204 = zext i1 %203 to i32
  %205 = trunc i32 %204 to i16
  %206 = call signext i16 @safe_rshift_func_int16_t_s_s(i16 noundef signext %205, i32 noundef 11)
  %207 = load ptr, ptr %31, align 8
  %208 = load ptr, ptr %207, align 8
  %209 = load i32, ptr %208, align 4
  %210 = load i32, ptr getelementptr inbounds ([9 x i32], ptr getelementptr inbounds ([2 x [9 x i32]], ptr @g_338, i64 0, i64 1), i64 0, i64 7), align 4
  %211 = add i32 %210, 1
  store i32 %211, ptr getelementptr inbounds ([9 x i32], ptr getelementptr inbounds ([2 x [9 x i32]], ptr @g_338, i64 0, i64 1), i64 0, i64 7), align 4
  %212 = load i32, ptr %7, align 4
  %213 = icmp ne i32 %212, 0
  br i1 %213, label %226, label %214

214:                                              ; preds = %191
  %215 = load ptr, ptr %34, align 8
  %216 = load ptr, ptr %215, align 8
  %217 = load i32, ptr %216, align 4
  %218 = sext i32 %217 to i64
  %219 = load ptr, ptr @g_1198, align 8
  %220 = load i64, ptr %219, align 8
  %221 = icmp ne i64 %218, %220
  %222 = zext i1 %221 to i32
  %223 = sext i32 %222 to i64
  %224 = and i64 %223, 227
  %225 = icmp ne i64 %224, 0
  br label %226

226:                                              ; preds = %214, %191
  %227 = phi i1 [ true, %191 ], [ %225, %214 ]
  %228 = zext i1 %227 to i32
  %229 = sext i32 %228 to i64
  %230 = icmp sle i64 -1, %229
  br i1 %230, label %231, label %236

231:                                              ; preds = %226
  %232 = load ptr, ptr %31, align 8
  %233 = load ptr, ptr %232, align 8
  %234 = load i32, ptr %233, align 4
  %235 = icmp ne i32 %234, 0
  br label %236

236:                                              ; preds = %231, %226
  %237 = phi i1 [ false, %226 ], [ %235, %231 ]
  %238 = zext i1 %237 to i32
  %239 = load ptr, ptr %34, align 8
  %240 = load ptr, ptr %239, align 8
  %241 = load i32, ptr %240, align 4
  %242 = icmp slt i32 %238, %241
  %243 = zext i1 %242 to i32
  %244 = icmp sle i32 %209, %243
  %245 = zext i1 %244 to i32
  %246 = load ptr, ptr %3, align 8
  %247 = load i32, ptr %246, align 4
  %248 = call i32 @safe_div_func_int32_t_s_s(i32 noundef %247, i32 noundef 1494735307)
  %249 = load ptr, ptr @g_1621, align 8
  %250 = load ptr, ptr %249, align 8
  %251 = load ptr, ptr %250, align 8
  store i8 0, ptr %251, align 1
  %252 = call signext i8 @safe_lshift_func_int8_t_s_u(i8 noundef signext 0, i32 noundef 4)
  %253 = sext i8 %252 to i16
  %254 = call signext i16 @safe_mul_func_int16_t_s_s(i16 noundef signext %206, i16 noundef signext %253)
  %255 = load volatile ptr, ptr @g_32, align 8
  %256 = load ptr, ptr %255, align 8
  %257 = load ptr, ptr %38, align 8
  %258 = icmp ne ptr %256, %257
  %259 = zext i1 %258 to i32
  %260 = xor i32 %259, -1
  %261 = or i32 1, %260
  %262 = load i32, ptr @g_45, align 4
  %263 = add nsw i32 %262, 1
  %264 = sext i32 %263 to i64
  %265 = getelementptr inbounds [5 x [1 x i32]], ptr @g_2, i64 0, i64 %264
  %266 = load i8, ptr @g_644, align 1
  %267 = zext i8 %266 to i64
  %268 = getelementptr inbounds [1 x i32], ptr %265, i64 0, i64 %267
  store volatile i32 %261, ptr %268, align 4
  %269 = load i8, ptr %8, align 1
  %270 = sext i8 %269 to i32
  %271 = load ptr, ptr @g_789, align 8
  %272 = load ptr, ptr %271, align 8
  store volatile i32 %270, ptr %272, align 4
  br label %273

273:                                              ; preds = %236
  %274 = load i8, ptr @g_644, align 1
  %275 = zext i8 %274 to i32
  %276 = add nsw i32 %275, 1
  %277 = trunc i32 %276 to i8
  store i8 %277, ptr @g_644, align 1
  br label %187, !llvm.loop !86

278:                                              ; preds = %187
  br label %279

279:                                              ; preds = %278
  %280 = load i32, ptr @g_45, align 4
  %281 = sub nsw i32 %280, 1
  store i32 %281, ptr @g_45, align 4
  br label %114, !llvm.loop !87

282:                                              ; preds = %114
  store i8 16, ptr @g_255, align 1
  br label %283

283:                                              ; preds = %427, %282
  %284 = load i8, ptr @g_255, align 1
  %285 = zext i8 %284 to i32
  %286 = icmp sgt i32 %285, 16
  br i1 %286, label %287, label %430

287:                                              ; preds = %283
  store ptr @g_1233, ptr %42, align 8
  store ptr @g_816, ptr %43, align 8
  %288 = getelementptr inbounds ptr, ptr %43, i64 1
  store ptr getelementptr inbounds ([2 x i32], ptr getelementptr inbounds ([10 x [2 x i32]], ptr @g_49, i64 0, i64 7), i64 0, i64 1), ptr %288, align 8
  %289 = getelementptr inbounds ptr, ptr %43, i64 2
  store ptr @g_4, ptr %289, align 8
  %290 = getelementptr inbounds ptr, ptr %43, i64 3
  store ptr @g_40, ptr %290, align 8
  %291 = getelementptr inbounds ptr, ptr %43, i64 4
  store ptr %7, ptr %291, align 8
  %292 = getelementptr inbounds ptr, ptr %43, i64 5
  store ptr %7, ptr %292, align 8
  %293 = getelementptr inbounds ptr, ptr %43, i64 6
  store ptr getelementptr inbounds ([2 x i32], ptr getelementptr inbounds ([10 x [2 x i32]], ptr @g_49, i64 0, i64 7), i64 0, i64 1), ptr %293, align 8
  %294 = getelementptr inbounds ptr, ptr %43, i64 7
  store ptr @g_816, ptr %294, align 8
  %295 = getelementptr inbounds ptr, ptr %43, i64 8
  store ptr @g_37, ptr %295, align 8
  %296 = getelementptr inbounds ptr, ptr %43, i64 9
  store ptr @g_4, ptr %296, align 8
  %297 = getelementptr inbounds [10 x ptr], ptr %43, i64 1
  store ptr %7, ptr %297, align 8
  %298 = getelementptr inbounds ptr, ptr %297, i64 1
  store ptr getelementptr inbounds ([2 x i32], ptr getelementptr inbounds ([10 x [2 x i32]], ptr @g_49, i64 0, i64 7), i64 0, i64 1), ptr %298, align 8
  %299 = getelementptr inbounds ptr, ptr %297, i64 2
  store ptr @g_816, ptr %299, align 8
  %300 = getelementptr inbounds ptr, ptr %297, i64 3
  store ptr @g_37, ptr %300, align 8
  %301 = getelementptr inbounds ptr, ptr %297, i64 4
  store ptr @g_4, ptr %301, align 8
  %302 = getelementptr inbounds ptr, ptr %297, i64 5
  store ptr @g_248, ptr %302, align 8
  %303 = getelementptr inbounds ptr, ptr %297, i64 6
  store ptr null, ptr %303, align 8
  %304 = getelementptr inbounds ptr, ptr %297, i64 7
  store ptr %7, ptr %304, align 8
  %305 = getelementptr inbounds ptr, ptr %297, i64 8
  store ptr @g_4, ptr %305, align 8
  %306 = getelementptr inbounds ptr, ptr %297, i64 9
  store ptr %7, ptr %306, align 8
  %307 = getelementptr inbounds [10 x ptr], ptr %43, i64 2
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %307, ptr align 8 @constinit.168, i64 80, i1 false)
  %308 = getelementptr inbounds [10 x ptr], ptr %43, i64 3
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %308, ptr align 8 @constinit.169, i64 80, i1 false)
  %309 = getelementptr inbounds [10 x ptr], ptr %43, i64 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %309, ptr align 8 @constinit.170, i64 80, i1 false)
  %310 = getelementptr inbounds [10 x ptr], ptr %43, i64 5
  store ptr null, ptr %310, align 8
  %311 = getelementptr inbounds ptr, ptr %310, i64 1
  store ptr null, ptr %311, align 8
  %312 = getelementptr inbounds ptr, ptr %310, i64 2
  store ptr @g_45, ptr %312, align 8
  %313 = getelementptr inbounds ptr, ptr %310, i64 3
  store ptr @g_41, ptr %313, align 8
  %314 = getelementptr inbounds ptr, ptr %310, i64 4
  store ptr %7, ptr %314, align 8
  %315 = getelementptr inbounds ptr, ptr %310, i64 5
  store ptr @g_45, ptr %315, align 8
  %316 = getelementptr inbounds ptr, ptr %310, i64 6
  store ptr @g_4, ptr %316, align 8
  %317 = getelementptr inbounds ptr, ptr %310, i64 7
  store ptr null, ptr %317, align 8
  %318 = getelementptr inbounds ptr, ptr %310, i64 8
  store ptr null, ptr %318, align 8
  %319 = getelementptr inbounds ptr, ptr %310, i64 9
  store ptr getelementptr inbounds ([2 x i32], ptr getelementptr inbounds ([10 x [2 x i32]], ptr @g_49, i64 0, i64 8), i64 0, i64 1), ptr %319, align 8
  %320 = getelementptr inbounds [10 x ptr], ptr %43, i64 6
  store ptr @g_816, ptr %320, align 8
  %321 = getelementptr inbounds ptr, ptr %320, i64 1
  store ptr getelementptr inbounds ([2 x i32], ptr getelementptr inbounds ([10 x [2 x i32]], ptr @g_49, i64 0, i64 7), i64 0, i64 1), ptr %321, align 8
  %322 = getelementptr inbounds ptr, ptr %320, i64 2
  store ptr @g_41, ptr %322, align 8
  %323 = getelementptr inbounds ptr, ptr %320, i64 3
  store ptr null, ptr %323, align 8
  %324 = getelementptr inbounds ptr, ptr %320, i64 4
  store ptr null, ptr %324, align 8
  %325 = getelementptr inbounds ptr, ptr %320, i64 5
  store ptr getelementptr inbounds ([2 x i32], ptr getelementptr inbounds ([10 x [2 x i32]], ptr @g_49, i64 0, i64 7), i64 0, i64 1), ptr %325, align 8
  %326 = getelementptr inbounds ptr, ptr %320, i64 6
  store ptr @g_4, ptr %326, align 8
  %327 = getelementptr inbounds ptr, ptr %320, i64 7
  store ptr %7, ptr %327, align 8
  %328 = getelementptr inbounds ptr, ptr %320, i64 8
  store ptr @g_816, ptr %328, align 8
  %329 = getelementptr inbounds ptr, ptr %320, i64 9
  store ptr null, ptr %329, align 8
  %330 = getelementptr inbounds [7 x [10 x ptr]], ptr %43, i64 1
  store ptr @g_45, ptr %330, align 8
  %331 = getelementptr inbounds ptr, ptr %330, i64 1
  store ptr null, ptr %331, align 8
  %332 = getelementptr inbounds ptr, ptr %330, i64 2
  store ptr @g_248, ptr %332, align 8
  %333 = getelementptr inbounds ptr, ptr %330, i64 3
  store ptr @g_45, ptr %333, align 8
  %334 = getelementptr inbounds ptr, ptr %330, i64 4
  store ptr getelementptr inbounds ([2 x i32], ptr getelementptr inbounds ([10 x [2 x i32]], ptr @g_49, i64 0, i64 8), i64 0, i64 1), ptr %334, align 8
  %335 = getelementptr inbounds ptr, ptr %330, i64 5
  store ptr %7, ptr %335, align 8
  %336 = getelementptr inbounds ptr, ptr %330, i64 6
  store ptr getelementptr inbounds ([2 x i32], ptr getelementptr inbounds ([10 x [2 x i32]], ptr @g_49, i64 0, i64 7), i64 0, i64 1), ptr %336, align 8
  %337 = getelementptr inbounds ptr, ptr %330, i64 7
  store ptr %7, ptr %337, align 8
  %338 = getelementptr inbounds ptr, ptr %330, i64 8
  store ptr null, ptr %338, align 8
  %339 = getelementptr inbounds ptr, ptr %330, i64 9
  store ptr %7, ptr %339, align 8
  %340 = getelementptr inbounds [10 x ptr], ptr %330, i64 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %340, ptr align 8 @constinit.171, i64 80, i1 false)
  %341 = getelementptr inbounds [10 x ptr], ptr %330, i64 2
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %341, ptr align 8 @constinit.172, i64 80, i1 false)
  %342 = getelementptr inbounds [10 x ptr], ptr %330, i64 3
  store ptr null, ptr %342, align 8
  %343 = getelementptr inbounds ptr, ptr %342, i64 1
  store ptr @g_45, ptr %343, align 8
  %344 = getelementptr inbounds ptr, ptr %342, i64 2
  store ptr @g_816, ptr %344, align 8
  %345 = getelementptr inbounds ptr, ptr %342, i64 3
  store ptr null, ptr %345, align 8
  %346 = getelementptr inbounds ptr, ptr %342, i64 4
  store ptr null, ptr %346, align 8
  %347 = getelementptr inbounds ptr, ptr %342, i64 5
  store ptr @g_45, ptr %347, align 8
  %348 = getelementptr inbounds ptr, ptr %342, i64 6
  store ptr @g_45, ptr %348, align 8
  %349 = getelementptr inbounds ptr, ptr %342, i64 7
  store ptr getelementptr inbounds ([2 x i32], ptr getelementptr inbounds ([10 x [2 x i32]], ptr @g_49, i64 0, i64 7), i64 0, i64 1), ptr %349, align 8
  %350 = getelementptr inbounds ptr, ptr %342, i64 8
  store ptr null, ptr %350, align 8
  %351 = getelementptr inbounds ptr, ptr %342, i64 9
  store ptr %7, ptr %351, align 8
  %352 = getelementptr inbounds [10 x ptr], ptr %330, i64 4
  store ptr null, ptr %352, align 8
  %353 = getelementptr inbounds ptr, ptr %352, i64 1
  store ptr %7, ptr %353, align 8
  %354 = getelementptr inbounds ptr, ptr %352, i64 2
  store ptr %7, ptr %354, align 8
  %355 = getelementptr inbounds ptr, ptr %352, i64 3
  store ptr @g_41, ptr %355, align 8
  %356 = getelementptr inbounds ptr, ptr %352, i64 4
  store ptr getelementptr inbounds ([2 x i32], ptr getelementptr inbounds ([10 x [2 x i32]], ptr @g_49, i64 0, i64 8), i64 0, i64 1), ptr %356, align 8
  %357 = getelementptr inbounds ptr, ptr %352, i64 5
  store ptr @g_1233, ptr %357, align 8
  %358 = getelementptr inbounds ptr, ptr %352, i64 6
  store ptr %7, ptr %358, align 8
  %359 = getelementptr inbounds ptr, ptr %352, i64 7
  store ptr null, ptr %359, align 8
  %360 = getelementptr inbounds ptr, ptr %352, i64 8
  store ptr @g_816, ptr %360, align 8
  %361 = getelementptr inbounds ptr, ptr %352, i64 9
  store ptr null, ptr %361, align 8
  %362 = getelementptr inbounds [10 x ptr], ptr %330, i64 5
  store ptr @g_1233, ptr %362, align 8
  %363 = getelementptr inbounds ptr, ptr %362, i64 1
  store ptr %7, ptr %363, align 8
  %364 = getelementptr inbounds ptr, ptr %362, i64 2
  store ptr null, ptr %364, align 8
  %365 = getelementptr inbounds ptr, ptr %362, i64 3
  store ptr @g_816, ptr %365, align 8
  %366 = getelementptr inbounds ptr, ptr %362, i64 4
  store ptr null, ptr %366, align 8
  %367 = getelementptr inbounds ptr, ptr %362, i64 5
  store ptr null, ptr %367, align 8
  %368 = getelementptr inbounds ptr, ptr %362, i64 6
  store ptr @g_45, ptr %368, align 8
  %369 = getelementptr inbounds ptr, ptr %362, i64 7
  store ptr null, ptr %369, align 8
  %370 = getelementptr inbounds ptr, ptr %362, i64 8
  store ptr %7, ptr %370, align 8
  %371 = getelementptr inbounds ptr, ptr %362, i64 9
  store ptr getelementptr inbounds ([2 x i32], ptr getelementptr inbounds ([10 x [2 x i32]], ptr @g_49, i64 0, i64 8), i64 0, i64 1), ptr %371, align 8
  %372 = getelementptr inbounds [10 x ptr], ptr %330, i64 6
  store ptr getelementptr inbounds ([2 x i32], ptr getelementptr inbounds ([10 x [2 x i32]], ptr @g_49, i64 0, i64 7), i64 0, i64 1), ptr %372, align 8
  %373 = getelementptr inbounds ptr, ptr %372, i64 1
  store ptr @g_45, ptr %373, align 8
  %374 = getelementptr inbounds ptr, ptr %372, i64 2
  store ptr null, ptr %374, align 8
  %375 = getelementptr inbounds ptr, ptr %372, i64 3
  store ptr getelementptr inbounds ([2 x i32], ptr getelementptr inbounds ([10 x [2 x i32]], ptr @g_49, i64 0, i64 7), i64 0, i64 1), ptr %375, align 8
  %376 = getelementptr inbounds ptr, ptr %372, i64 4
  store ptr %7, ptr %376, align 8
  %377 = getelementptr inbounds ptr, ptr %372, i64 5
  store ptr %7, ptr %377, align 8
  %378 = getelementptr inbounds ptr, ptr %372, i64 6
  store ptr null, ptr %378, align 8
  %379 = getelementptr inbounds ptr, ptr %372, i64 7
  store ptr null, ptr %379, align 8
  %380 = getelementptr inbounds ptr, ptr %372, i64 8
  store ptr @g_45, ptr %380, align 8
  %381 = getelementptr inbounds ptr, ptr %372, i64 9
  store ptr null, ptr %381, align 8
  %382 = getelementptr inbounds [7 x [10 x ptr]], ptr %43, i64 2
  store ptr @g_45, ptr %382, align 8
  %383 = getelementptr inbounds ptr, ptr %382, i64 1
  store ptr @g_41, ptr %383, align 8
  %384 = getelementptr inbounds ptr, ptr %382, i64 2
  store ptr %7, ptr %384, align 8
  %385 = getelementptr inbounds ptr, ptr %382, i64 3
  store ptr getelementptr inbounds ([2 x i32], ptr getelementptr inbounds ([10 x [2 x i32]], ptr @g_49, i64 0, i64 7), i64 0, i64 1), ptr %385, align 8
  %386 = getelementptr inbounds ptr, ptr %382, i64 4
  store ptr null, ptr %386, align 8
  %387 = getelementptr inbounds ptr, ptr %382, i64 5
  store ptr getelementptr inbounds ([2 x i32], ptr getelementptr inbounds ([10 x [2 x i32]], ptr @g_49, i64 0, i64 7), i64 0, i64 1), ptr %387, align 8
  %388 = getelementptr inbounds ptr, ptr %382, i64 6
  store ptr null, ptr %388, align 8
  %389 = getelementptr inbounds ptr, ptr %382, i64 7
  store ptr getelementptr inbounds ([2 x i32], ptr getelementptr inbounds ([10 x [2 x i32]], ptr @g_49, i64 0, i64 7), i64 0, i64 1), ptr %389, align 8
  %390 = getelementptr inbounds ptr, ptr %382, i64 8
  store ptr %7, ptr %390, align 8
  %391 = getelementptr inbounds ptr, ptr %382, i64 9
  store ptr @g_41, ptr %391, align 8
  %392 = getelementptr inbounds [10 x ptr], ptr %382, i64 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %392, ptr align 8 @constinit.173, i64 80, i1 false)
  %393 = getelementptr inbounds [10 x ptr], ptr %382, i64 2
  store ptr null, ptr %393, align 8
  %394 = getelementptr inbounds ptr, ptr %393, i64 1
  store ptr null, ptr %394, align 8
  %395 = getelementptr inbounds ptr, ptr %393, i64 2
  store ptr @g_45, ptr %395, align 8
  %396 = getelementptr inbounds ptr, ptr %393, i64 3
  store ptr @g_41, ptr %396, align 8
  %397 = getelementptr inbounds ptr, ptr %393, i64 4
  store ptr %7, ptr %397, align 8
  %398 = getelementptr inbounds ptr, ptr %393, i64 5
  store ptr @g_45, ptr %398, align 8
  %399 = getelementptr inbounds ptr, ptr %393, i64 6
  store ptr @g_4, ptr %399, align 8
  %400 = getelementptr inbounds ptr, ptr %393, i64 7
  store ptr null, ptr %400, align 8
  %401 = getelementptr inbounds ptr, ptr %393, i64 8
  store ptr null, ptr %401, align 8
  %402 = getelementptr inbounds ptr, ptr %393, i64 9
  store ptr getelementptr inbounds ([2 x i32], ptr getelementptr inbounds ([10 x [2 x i32]], ptr @g_49, i64 0, i64 8), i64 0, i64 1), ptr %402, align 8
  %403 = getelementptr inbounds [10 x ptr], ptr %382, i64 3
  store ptr @g_816, ptr %403, align 8
  %404 = getelementptr inbounds ptr, ptr %403, i64 1
  store ptr getelementptr inbounds ([2 x i32], ptr getelementptr inbounds ([10 x [2 x i32]], ptr @g_49, i64 0, i64 7), i64 0, i64 1), ptr %404, align 8
  %405 = getelementptr inbounds ptr, ptr %403, i64 2
  store ptr @g_41, ptr %405, align 8
  %406 = getelementptr inbounds ptr, ptr %403, i64 3
  store ptr null, ptr %406, align 8
  %407 = getelementptr inbounds ptr, ptr %403, i64 4
  store ptr null, ptr %407, align 8
  %408 = getelementptr inbounds ptr, ptr %403, i64 5
  store ptr getelementptr inbounds ([2 x i32], ptr getelementptr inbounds ([10 x [2 x i32]], ptr @g_49, i64 0, i64 7), i64 0, i64 1), ptr %408, align 8
  %409 = getelementptr inbounds ptr, ptr %403, i64 6
  store ptr @g_4, ptr %409, align 8
  %410 = getelementptr inbounds ptr, ptr %403, i64 7
  store ptr %7, ptr %410, align 8
  %411 = getelementptr inbounds ptr, ptr %403, i64 8
  store ptr @g_816, ptr %411, align 8
  %412 = getelementptr inbounds ptr, ptr %403, i64 9
  store ptr null, ptr %412, align 8
  %413 = getelementptr inbounds [10 x ptr], ptr %382, i64 4
  store ptr @g_45, ptr %413, align 8
  %414 = getelementptr inbounds ptr, ptr %413, i64 1
  store ptr null, ptr %414, align 8
  %415 = getelementptr inbounds ptr, ptr %413, i64 2
  store ptr @g_248, ptr %415, align 8
  %416 = getelementptr inbounds ptr, ptr %413, i64 3
  store ptr @g_45, ptr %416, align 8
  %417 = getelementptr inbounds ptr, ptr %413, i64 4
  store ptr getelementptr inbounds ([2 x i32], ptr getelementptr inbounds ([10 x [2 x i32]], ptr @g_49, i64 0, i64 8), i64 0, i64 1), ptr %417, align 8
  %418 = getelementptr inbounds ptr, ptr %413, i64 5
  store ptr %7, ptr %418, align 8
  %419 = getelementptr inbounds ptr, ptr %413, i64 6
  store ptr getelementptr inbounds ([2 x i32], ptr getelementptr inbounds ([10 x [2 x i32]], ptr @g_49, i64 0, i64 7), i64 0, i64 1), ptr %419, align 8
  %420 = getelementptr inbounds ptr, ptr %413, i64 7
  store ptr %7, ptr %420, align 8
  %421 = getelementptr inbounds ptr, ptr %413, i64 8
  store ptr null, ptr %421, align 8
  %422 = getelementptr inbounds ptr, ptr %413, i64 9
  store ptr %7, ptr %422, align 8
  %423 = getelementptr inbounds [10 x ptr], ptr %382, i64 5
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %423, ptr align 8 @constinit.174, i64 80, i1 false)
  %424 = getelementptr inbounds [10 x ptr], ptr %382, i64 6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %424, ptr align 8 @constinit.175, i64 80, i1 false)
  %425 = load i64, ptr %15, align 8
  %426 = add i64 %425, 1
  store i64 %426, ptr %15, align 8
  br label %427

427:                                              ; preds = %287
  %428 = load i8, ptr @g_255, align 1
  %429 = add i8 %428, 1
  store i8 %429, ptr @g_255, align 1
  br label %283, !llvm.loop !88

430:                                              ; preds = %283
  %431 = load ptr, ptr @g_128, align 8
  %432 = load volatile ptr, ptr %431, align 8
  %433 = load ptr, ptr %432, align 8
  %434 = load i32, ptr %433, align 4
  %435 = icmp ne i32 %434, 0
  br i1 %435, label %436, label %902

436:                                              ; preds = %430
  store ptr @g_40, ptr %47, align 8
  store i32 -185305538, ptr %48, align 4
  store ptr @g_44, ptr %49, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %50, ptr align 16 @__const.func_42.l_2124, i64 40, i1 false)
  store i16 1, ptr @g_1272, align 2
  br label %437

437:                                              ; preds = %654, %436
  %438 = load i16, ptr @g_1272, align 2
  %439 = zext i16 %438 to i32
  %440 = icmp sle i32 %439, 8
  br i1 %440, label %441, label %659

441:                                              ; preds = %437
  store ptr null, ptr %52, align 8
  store ptr getelementptr inbounds ([2 x i32], ptr getelementptr inbounds ([10 x [2 x i32]], ptr @g_49, i64 0, i64 7), i64 0, i64 1), ptr %53, align 8
  store ptr %12, ptr %54, align 8
  store ptr getelementptr inbounds ([9 x ptr], ptr @g_1214, i64 0, i64 2), ptr %55, align 8
  store ptr @g_1622, ptr %56, align 8
  store ptr null, ptr %57, align 8
  store ptr %21, ptr %58, align 8
  store ptr @g_717, ptr %59, align 8
  %442 = load i8, ptr %16, align 1
  %443 = zext i8 %442 to i32
  %444 = load ptr, ptr @g_787, align 8
  %445 = load volatile ptr, ptr %444, align 8
  %446 = load ptr, ptr %445, align 8
  %447 = load ptr, ptr %446, align 8
  store volatile i32 %443, ptr %447, align 4
  %448 = icmp eq ptr null, %6
  %449 = zext i1 %448 to i32
  %450 = load ptr, ptr %53, align 8
  store i32 %449, ptr %450, align 4
  %451 = load ptr, ptr %54, align 8
  %452 = load i32, ptr %451, align 4
  %453 = or i32 %452, %449
  store i32 %453, ptr %451, align 4
  %454 = icmp ne i32 %453, 0
  br i1 %454, label %455, label %456

455:                                              ; preds = %441
  store ptr @g_40, ptr %2, align 8
  br label %1015

456:                                              ; preds = %441
  store ptr @g_55, ptr %60, align 8
  store i32 5, ptr %61, align 4
  store ptr getelementptr inbounds ([7 x i16], ptr @g_172, i64 0, i64 5), ptr %62, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %63, ptr align 16 @__const.func_42.l_2080, i64 168, i1 false)
  store ptr @g_1750, ptr %64, align 8
  store i32 1, ptr @g_45, align 4
  br label %457

457:                                              ; preds = %462, %456
  %458 = load i32, ptr @g_45, align 4
  %459 = icmp sge i32 %458, 0
  br i1 %459, label %460, label %465

460:                                              ; preds = %457
  %461 = load ptr, ptr %3, align 8
  store ptr %461, ptr %2, align 8
  br label %1015

462:                                              ; No predecessors!
  %463 = load i32, ptr @g_45, align 4
  %464 = sub nsw i32 %463, 1
  store i32 %464, ptr @g_45, align 4
  br label %457, !llvm.loop !89

465:                                              ; preds = %457
  %466 = load i8, ptr @g_147, align 1
  %467 = zext i8 %466 to i64
  %468 = icmp ule i64 1, %467
  %469 = zext i1 %468 to i32
  %470 = sext i32 %469 to i64
  %471 = load i32, ptr @g_4, align 4
  %472 = trunc i32 %471 to i8
  %473 = load ptr, ptr %60, align 8
  store i8 %472, ptr %473, align 1
  %474 = load i32, ptr @g_40, align 4
  %475 = sext i32 %474 to i64
  %476 = icmp sgt i64 4295471998143602420, %475
  %477 = zext i1 %476 to i32
  %478 = load volatile i32, ptr @g_1389, align 4
  %479 = icmp ne i32 %478, 0
  br i1 %479, label %480, label %483

480:                                              ; preds = %465
  %481 = load i32, ptr %7, align 4
  %482 = icmp ne i32 %481, 0
  br label %483

483:                                              ; preds = %480, %465
  %484 = phi i1 [ false, %465 ], [ %482, %480 ]
  %485 = zext i1 %484 to i32
  %486 = load i32, ptr @g_40, align 4
  %487 = xor i32 %485, %486
  %488 = or i32 %477, %487
  %489 = sext i32 %488 to i64
  %490 = icmp eq i64 -5, %489
  %491 = zext i1 %490 to i32
  %492 = load i32, ptr %61, align 4
  %493 = icmp eq i32 %491, %492
  %494 = zext i1 %493 to i32
  %495 = load i32, ptr %12, align 4
  %496 = and i32 %494, %495
  %497 = sext i32 %496 to i64
  %498 = call i64 @safe_add_func_int64_t_s_s(i64 noundef %497, i64 noundef 5221250925775317238)
  %499 = trunc i64 %498 to i16
  %500 = load i32, ptr %61, align 4
  %501 = trunc i32 %500 to i16
  %502 = call zeroext i16 @safe_mod_func_uint16_t_u_u(i16 noundef zeroext %499, i16 noundef zeroext %501)
  %503 = zext i16 %502 to i32
  %504 = load ptr, ptr %53, align 8
  %505 = load i32, ptr %504, align 4
  %506 = icmp eq i32 %503, %505
  %507 = zext i1 %506 to i32
  %508 = trunc i32 %507 to i16
  %509 = load ptr, ptr %62, align 8
  store i16 %508, ptr %509, align 2
  %510 = getelementptr inbounds [7 x [3 x i64]], ptr %63, i64 0, i64 4
  %511 = getelementptr inbounds [3 x i64], ptr %510, i64 0, i64 1
  %512 = load i64, ptr %511, align 8
  %513 = trunc i64 %512 to i32
  %514 = call zeroext i16 @safe_lshift_func_uint16_t_u_u(i16 noundef zeroext %508, i32 noundef %513)
  %515 = load ptr, ptr %64, align 8
  store i16 5626, ptr %515, align 2
  %516 = icmp sle i64 %470, -1
  %517 = zext i1 %516 to i32
  %518 = trunc i32 %517 to i8
  %519 = call signext i8 @safe_mul_func_int8_t_s_s(i8 noundef signext 9, i8 noundef signext %518)
  %520 = sext i8 %519 to i32
  %521 = load i32, ptr @g_248, align 4
  %522 = xor i32 %521, %520
  store i32 %522, ptr @g_248, align 4
  %523 = icmp ne ptr null, getelementptr (i8, ptr @g_1214, i64 16)
  %524 = zext i1 %523 to i32
  %525 = trunc i32 %524 to i8
  %526 = getelementptr inbounds [7 x [3 x i64]], ptr %63, i64 0, i64 3
  %527 = getelementptr inbounds [3 x i64], ptr %526, i64 0, i64 0
  %528 = load i64, ptr %527, align 8
  %529 = trunc i64 %528 to i32
  %530 = call signext i8 @safe_lshift_func_int8_t_s_u(i8 noundef signext %525, i32 noundef %529)
  %531 = getelementptr inbounds [7 x [3 x i64]], ptr %63, i64 0, i64 4
  %532 = getelementptr inbounds [3 x i64], ptr %531, i64 0, i64 1
  %533 = load i64, ptr %532, align 8
  %534 = load ptr, ptr %53, align 8
  %535 = load i32, ptr %534, align 4
  %536 = sext i32 %535 to i64
  %537 = and i64 %533, %536
  %538 = icmp ne i64 %537, 0
  br i1 %538, label %539, label %581

539:                                              ; preds = %483
  %540 = load ptr, ptr %54, align 8
  %541 = load i32, ptr %540, align 4
  %542 = load ptr, ptr %17, align 8
  %543 = icmp ne ptr @g_1620, %542
  %544 = zext i1 %543 to i32
  %545 = load i32, ptr @g_40, align 4
  %546 = sext i32 %545 to i64
  %547 = icmp ne i64 %546, 0
  %548 = zext i1 %547 to i32
  %549 = sext i32 %548 to i64
  %550 = getelementptr inbounds [7 x [3 x i64]], ptr %63, i64 0, i64 4
  %551 = getelementptr inbounds [3 x i64], ptr %550, i64 0, i64 1
  %552 = load i64, ptr %551, align 8
  %553 = icmp ne i64 %549, %552
  %554 = zext i1 %553 to i32
  %555 = trunc i32 %554 to i16
  %556 = getelementptr inbounds [7 x [3 x i64]], ptr %63, i64 0, i64 4
  %557 = getelementptr inbounds [3 x i64], ptr %556, i64 0, i64 1
  %558 = load i64, ptr %557, align 8
  %559 = trunc i64 %558 to i32
  %560 = call signext i16 @safe_lshift_func_int16_t_s_s(i16 noundef signext %555, i32 noundef %559)
  %561 = icmp ne i16 %560, 0
  %562 = xor i1 %561, true
  %563 = zext i1 %562 to i32
  %564 = sext i32 %563 to i64
  %565 = icmp eq i64 %564, 46834
  %566 = zext i1 %565 to i32
  %567 = icmp sgt i32 %544, %566
  br i1 %567, label %568, label %573

568:                                              ; preds = %539
  %569 = getelementptr inbounds [7 x [3 x i64]], ptr %63, i64 0, i64 4
  %570 = getelementptr inbounds [3 x i64], ptr %569, i64 0, i64 0
  %571 = load i64, ptr %570, align 16
  %572 = icmp ne i64 %571, 0
  br label %573

573:                                              ; preds = %568, %539
  %574 = phi i1 [ false, %539 ], [ %572, %568 ]
  %575 = zext i1 %574 to i32
  %576 = trunc i32 %575 to i8
  %577 = call zeroext i8 @safe_unary_minus_func_uint8_t_u(i8 noundef zeroext %576)
  %578 = zext i8 %577 to i32
  %579 = load i32, ptr %10, align 4
  %580 = icmp eq i32 %578, %579
  br label %581

581:                                              ; preds = %573, %483
  %582 = phi i1 [ false, %483 ], [ %580, %573 ]
  %583 = zext i1 %582 to i32
  %584 = trunc i32 %583 to i16
  %585 = load ptr, ptr %54, align 8
  %586 = load i32, ptr %585, align 4
  %587 = trunc i32 %586 to i16
  %588 = call zeroext i16 @safe_div_func_uint16_t_u_u(i16 noundef zeroext %584, i16 noundef zeroext %587)
  %589 = zext i16 %588 to i32
  %590 = load ptr, ptr %53, align 8
  store i32 %589, ptr %590, align 4
  %591 = load ptr, ptr @g_787, align 8
  %592 = load volatile ptr, ptr %591, align 8
  %593 = load ptr, ptr %592, align 8
  %594 = load ptr, ptr %593, align 8
  store volatile i32 %589, ptr %594, align 4
  br label %595

595:                                              ; preds = %581
  %596 = getelementptr inbounds [10 x [7 x ptr]], ptr %18, i64 0, i64 0
  %597 = getelementptr inbounds [7 x ptr], ptr %596, i64 0, i64 4
  %598 = load ptr, ptr %597, align 16
  %599 = icmp ne ptr null, %598
  br i1 %599, label %600, label %603

600:                                              ; preds = %595
  %601 = load i32, ptr @g_40, align 4
  %602 = icmp ne i32 %601, 0
  br label %603

603:                                              ; preds = %600, %595
  %604 = phi i1 [ false, %595 ], [ %602, %600 ]
  %605 = zext i1 %604 to i32
  %606 = sext i32 %605 to i64
  %607 = load ptr, ptr @g_1198, align 8
  %608 = load i64, ptr %607, align 8
  %609 = xor i64 %608, %606
  store i64 %609, ptr %607, align 8
  %610 = load i32, ptr @g_40, align 4
  %611 = icmp ne i32 %610, 0
  br i1 %611, label %612, label %636

612:                                              ; preds = %603
  %613 = load ptr, ptr %56, align 8
  %614 = load i32, ptr @g_40, align 4
  %615 = load ptr, ptr %21, align 8
  %616 = load ptr, ptr %58, align 8
  store ptr %615, ptr %616, align 8
  %617 = icmp ne ptr %613, %615
  %618 = zext i1 %617 to i32
  %619 = load ptr, ptr %54, align 8
  %620 = load i32, ptr %619, align 4
  %621 = call i32 @safe_div_func_uint32_t_u_u(i32 noundef %618, i32 noundef %620)
  %622 = trunc i32 %621 to i16
  %623 = load ptr, ptr %59, align 8
  store i16 %622, ptr %623, align 2
  %624 = sext i16 %622 to i32
  %625 = load ptr, ptr %54, align 8
  %626 = load i32, ptr %625, align 4
  %627 = icmp ne i32 %624, %626
  %628 = zext i1 %627 to i32
  %629 = trunc i32 %628 to i16
  %630 = call signext i16 @safe_unary_minus_func_int16_t_s(i16 noundef signext %629)
  %631 = trunc i16 %630 to i8
  %632 = call signext i8 @safe_mod_func_int8_t_s_s(i8 noundef signext -10, i8 noundef signext %631)
  %633 = load i8, ptr %4, align 1
  %634 = sext i8 %633 to i64
  %635 = icmp sle i64 24391, %634
  br label %636

636:                                              ; preds = %612, %603
  %637 = phi i1 [ false, %603 ], [ %635, %612 ]
  %638 = zext i1 %637 to i32
  %639 = load i32, ptr %7, align 4
  %640 = xor i32 %638, %639
  %641 = icmp ne i32 %640, 0
  br i1 %641, label %646, label %642

642:                                              ; preds = %636
  %643 = load ptr, ptr %54, align 8
  %644 = load i32, ptr %643, align 4
  %645 = icmp ne i32 %644, 0
  br label %646

646:                                              ; preds = %642, %636
  %647 = phi i1 [ true, %636 ], [ %645, %642 ]
  %648 = zext i1 %647 to i32
  %649 = sext i32 %648 to i64
  %650 = icmp sle i64 %609, %649
  %651 = zext i1 %650 to i32
  %652 = load ptr, ptr %53, align 8
  store i32 %651, ptr %652, align 4
  %653 = load ptr, ptr %3, align 8
  store ptr %653, ptr %2, align 8
  br label %1015

654:                                              ; No predecessors!
  %655 = load i16, ptr @g_1272, align 2
  %656 = zext i16 %655 to i32
  %657 = add nsw i32 %656, 1
  %658 = trunc i32 %657 to i16
  store i16 %658, ptr @g_1272, align 2
  br label %437, !llvm.loop !90

659:                                              ; preds = %437
  store i16 0, ptr @g_1750, align 2
  br label %660

660:                                              ; preds = %896, %659
  %661 = load i16, ptr @g_1750, align 2
  %662 = sext i16 %661 to i32
  %663 = icmp sle i32 %662, 0
  br i1 %663, label %664, label %901

664:                                              ; preds = %660
  store ptr @g_37, ptr %68, align 8
  %665 = getelementptr inbounds ptr, ptr %68, i64 1
  store ptr @g_1233, ptr %665, align 8
  %666 = getelementptr inbounds ptr, ptr %68, i64 2
  store ptr @g_40, ptr %666, align 8
  %667 = getelementptr inbounds ptr, ptr %68, i64 3
  store ptr null, ptr %667, align 8
  %668 = getelementptr inbounds ptr, ptr %68, i64 4
  store ptr @g_369, ptr %668, align 8
  %669 = getelementptr inbounds ptr, ptr %68, i64 5
  store ptr %12, ptr %669, align 8
  %670 = getelementptr inbounds ptr, ptr %68, i64 6
  store ptr %9, ptr %670, align 8
  %671 = getelementptr inbounds [7 x ptr], ptr %68, i64 1
  store ptr @g_1233, ptr %671, align 8
  %672 = getelementptr inbounds ptr, ptr %671, i64 1
  store ptr null, ptr %672, align 8
  %673 = getelementptr inbounds ptr, ptr %671, i64 2
  store ptr %12, ptr %673, align 8
  %674 = getelementptr inbounds ptr, ptr %671, i64 3
  store ptr @g_1233, ptr %674, align 8
  %675 = getelementptr inbounds ptr, ptr %671, i64 4
  store ptr %13, ptr %675, align 8
  %676 = getelementptr inbounds ptr, ptr %671, i64 5
  store ptr @g_45, ptr %676, align 8
  %677 = getelementptr inbounds ptr, ptr %671, i64 6
  store ptr @g_40, ptr %677, align 8
  %678 = getelementptr inbounds [7 x ptr], ptr %68, i64 2
  store ptr @g_37, ptr %678, align 8
  %679 = getelementptr inbounds ptr, ptr %678, i64 1
  store ptr null, ptr %679, align 8
  %680 = getelementptr inbounds ptr, ptr %678, i64 2
  store ptr null, ptr %680, align 8
  %681 = getelementptr inbounds ptr, ptr %678, i64 3
  store ptr @g_45, ptr %681, align 8
  %682 = getelementptr inbounds ptr, ptr %678, i64 4
  store ptr null, ptr %682, align 8
  %683 = getelementptr inbounds ptr, ptr %678, i64 5
  store ptr %11, ptr %683, align 8
  %684 = getelementptr inbounds ptr, ptr %678, i64 6
  store ptr null, ptr %684, align 8
  %685 = getelementptr inbounds [7 x ptr], ptr %68, i64 3
  store ptr null, ptr %685, align 8
  %686 = getelementptr inbounds ptr, ptr %685, i64 1
  store ptr %12, ptr %686, align 8
  %687 = getelementptr inbounds ptr, ptr %685, i64 2
  store ptr @g_40, ptr %687, align 8
  %688 = getelementptr inbounds ptr, ptr %685, i64 3
  store ptr null, ptr %688, align 8
  %689 = getelementptr inbounds ptr, ptr %685, i64 4
  store ptr @g_1233, ptr %689, align 8
  %690 = getelementptr inbounds ptr, ptr %685, i64 5
  store ptr @g_1233, ptr %690, align 8
  %691 = getelementptr inbounds ptr, ptr %685, i64 6
  store ptr null, ptr %691, align 8
  %692 = getelementptr inbounds [7 x ptr], ptr %68, i64 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %692, ptr align 8 @constinit.176, i64 56, i1 false)
  %693 = getelementptr inbounds [7 x ptr], ptr %68, i64 5
  store ptr %9, ptr %693, align 8
  %694 = getelementptr inbounds ptr, ptr %693, i64 1
  store ptr @g_45, ptr %694, align 8
  %695 = getelementptr inbounds ptr, ptr %693, i64 2
  %696 = getelementptr inbounds [1 x [7 x i32]], ptr %14, i64 0, i64 0
  %697 = getelementptr inbounds [7 x i32], ptr %696, i64 0, i64 2
  store ptr %697, ptr %695, align 8
  %698 = getelementptr inbounds ptr, ptr %693, i64 3
  %699 = getelementptr inbounds [1 x [7 x i32]], ptr %14, i64 0, i64 0
  %700 = getelementptr inbounds [7 x i32], ptr %699, i64 0, i64 4
  store ptr %700, ptr %698, align 8
  %701 = getelementptr inbounds ptr, ptr %693, i64 4
  store ptr null, ptr %701, align 8
  %702 = getelementptr inbounds ptr, ptr %693, i64 5
  store ptr null, ptr %702, align 8
  %703 = getelementptr inbounds ptr, ptr %693, i64 6
  store ptr %9, ptr %703, align 8
  %704 = getelementptr inbounds [7 x ptr], ptr %68, i64 6
  store ptr @g_45, ptr %704, align 8
  %705 = getelementptr inbounds ptr, ptr %704, i64 1
  store ptr %12, ptr %705, align 8
  %706 = getelementptr inbounds ptr, ptr %704, i64 2
  store ptr @g_40, ptr %706, align 8
  %707 = getelementptr inbounds ptr, ptr %704, i64 3
  store ptr null, ptr %707, align 8
  %708 = getelementptr inbounds ptr, ptr %704, i64 4
  store ptr @g_1233, ptr %708, align 8
  %709 = getelementptr inbounds ptr, ptr %704, i64 5
  store ptr @g_37, ptr %709, align 8
  %710 = getelementptr inbounds ptr, ptr %704, i64 6
  store ptr null, ptr %710, align 8
  %711 = getelementptr inbounds [7 x ptr], ptr %68, i64 7
  store ptr %12, ptr %711, align 8
  %712 = getelementptr inbounds ptr, ptr %711, i64 1
  store ptr null, ptr %712, align 8
  %713 = getelementptr inbounds ptr, ptr %711, i64 2
  store ptr @g_1233, ptr %713, align 8
  %714 = getelementptr inbounds ptr, ptr %711, i64 3
  store ptr %12, ptr %714, align 8
  %715 = getelementptr inbounds ptr, ptr %711, i64 4
  store ptr null, ptr %715, align 8
  %716 = getelementptr inbounds ptr, ptr %711, i64 5
  store ptr @g_1233, ptr %716, align 8
  %717 = getelementptr inbounds ptr, ptr %711, i64 6
  store ptr @g_45, ptr %717, align 8
  %718 = getelementptr inbounds [7 x ptr], ptr %68, i64 8
  store ptr %9, ptr %718, align 8
  %719 = getelementptr inbounds ptr, ptr %718, i64 1
  store ptr %13, ptr %719, align 8
  %720 = getelementptr inbounds ptr, ptr %718, i64 2
  store ptr %11, ptr %720, align 8
  %721 = getelementptr inbounds ptr, ptr %718, i64 3
  store ptr null, ptr %721, align 8
  %722 = getelementptr inbounds ptr, ptr %718, i64 4
  store ptr null, ptr %722, align 8
  %723 = getelementptr inbounds ptr, ptr %718, i64 5
  store ptr %11, ptr %723, align 8
  %724 = getelementptr inbounds ptr, ptr %718, i64 6
  store ptr %13, ptr %724, align 8
  %725 = getelementptr inbounds [7 x ptr], ptr %68, i64 9
  store ptr null, ptr %725, align 8
  %726 = getelementptr inbounds ptr, ptr %725, i64 1
  store ptr @g_40, ptr %726, align 8
  %727 = getelementptr inbounds ptr, ptr %725, i64 2
  store ptr @g_37, ptr %727, align 8
  %728 = getelementptr inbounds ptr, ptr %725, i64 3
  store ptr null, ptr %728, align 8
  %729 = getelementptr inbounds ptr, ptr %725, i64 4
  store ptr @g_1233, ptr %729, align 8
  %730 = getelementptr inbounds ptr, ptr %725, i64 5
  store ptr @g_45, ptr %730, align 8
  %731 = getelementptr inbounds ptr, ptr %725, i64 6
  %732 = getelementptr inbounds [1 x [7 x i32]], ptr %14, i64 0, i64 0
  %733 = getelementptr inbounds [7 x i32], ptr %732, i64 0, i64 4
  store ptr %733, ptr %731, align 8
  store i32 1319777286, ptr %69, align 4
  store i32 -186080356, ptr %70, align 4
  store i32 1779469238, ptr %71, align 4
  store i32 1, ptr %72, align 4
  store i32 1702889680, ptr %73, align 4
  store i32 0, ptr %75, align 4
  br label %734

734:                                              ; preds = %741, %664
  %735 = load i32, ptr %75, align 4
  %736 = icmp slt i32 %735, 6
  br i1 %736, label %737, label %744

737:                                              ; preds = %734
  %738 = load i32, ptr %75, align 4
  %739 = sext i32 %738 to i64
  %740 = getelementptr inbounds [6 x i32], ptr %67, i64 0, i64 %739
  store i32 669745667, ptr %740, align 4
  br label %741

741:                                              ; preds = %737
  %742 = load i32, ptr %75, align 4
  %743 = add nsw i32 %742, 1
  store i32 %743, ptr %75, align 4
  br label %734, !llvm.loop !91

744:                                              ; preds = %734
  store i32 0, ptr %75, align 4
  br label %745

745:                                              ; preds = %752, %744
  %746 = load i32, ptr %75, align 4
  %747 = icmp slt i32 %746, 7
  br i1 %747, label %748, label %755

748:                                              ; preds = %745
  %749 = load i32, ptr %75, align 4
  %750 = sext i32 %749 to i64
  %751 = getelementptr inbounds [7 x i32], ptr %74, i64 0, i64 %750
  store i32 -1372230097, ptr %751, align 4
  br label %752

752:                                              ; preds = %748
  %753 = load i32, ptr %75, align 4
  %754 = add nsw i32 %753, 1
  store i32 %754, ptr %75, align 4
  br label %745, !llvm.loop !92

755:                                              ; preds = %745
  store i32 0, ptr @g_632, align 4
  br label %756

756:                                              ; preds = %892, %755
  %757 = load i32, ptr @g_632, align 4
  %758 = icmp ule i32 %757, 0
  br i1 %758, label %759, label %895

759:                                              ; preds = %756
  store i16 7, ptr %77, align 2
  store i32 -1, ptr %78, align 4
  %760 = load ptr, ptr @g_1198, align 8
  %761 = load i64, ptr %760, align 8
  %762 = getelementptr inbounds [6 x i32], ptr %67, i64 0, i64 5
  %763 = load i32, ptr %762, align 4
  %764 = sext i32 %763 to i64
  %765 = and i64 %761, %764
  %766 = getelementptr inbounds [6 x i32], ptr %67, i64 0, i64 5
  %767 = load i32, ptr %766, align 4
  %768 = load i8, ptr %16, align 1
  %769 = zext i8 %768 to i32
  %770 = icmp sgt i32 %767, %769
  %771 = zext i1 %770 to i32
  %772 = getelementptr inbounds [6 x i32], ptr %67, i64 0, i64 3
  %773 = load i32, ptr %772, align 4
  %774 = sext i32 %773 to i64
  %775 = load i64, ptr @g_1934, align 8
  %776 = xor i64 %775, %774
  store i64 %776, ptr @g_1934, align 8
  %777 = load i8, ptr %8, align 1
  %778 = sext i8 %777 to i32
  %779 = load i32, ptr %48, align 4
  %780 = icmp uge i32 %778, %779
  %781 = zext i1 %780 to i32
  %782 = load ptr, ptr @g_725, align 8
  %783 = load i32, ptr %782, align 4
  %784 = call i32 @safe_div_func_int32_t_s_s(i32 noundef %781, i32 noundef %783)
  %785 = load ptr, ptr @g_787, align 8
  %786 = load volatile ptr, ptr %785, align 8
  %787 = load ptr, ptr %786, align 8
  %788 = load ptr, ptr %787, align 8
  %789 = load volatile i32, ptr %788, align 4
  %790 = xor i32 %784, %789
  %791 = load i32, ptr %10, align 4
  %792 = icmp sgt i32 %790, %791
  %793 = zext i1 %792 to i32
  %794 = sext i32 %793 to i64
  %795 = and i64 %794, 896084228
  %796 = trunc i64 %795 to i8
  %797 = call signext i8 @safe_mul_func_int8_t_s_s(i8 noundef signext %796, i8 noundef signext -67)
  %798 = sext i8 %797 to i32
  %799 = load ptr, ptr @g_1622, align 8
  %800 = load ptr, ptr %799, align 8
  %801 = load i8, ptr %800, align 1
  %802 = sext i8 %801 to i32
  %803 = xor i32 %802, %798
  %804 = trunc i32 %803 to i8
  store i8 %804, ptr %800, align 1
  %805 = call signext i8 @safe_sub_func_int8_t_s_s(i8 noundef signext %804, i8 noundef signext -1)
  %806 = sext i8 %805 to i64
  %807 = icmp sle i64 %765, %806
  %808 = zext i1 %807 to i32
  %809 = load i32, ptr @g_40, align 4
  %810 = icmp sgt i32 %808, %809
  %811 = zext i1 %810 to i32
  %812 = load i8, ptr %16, align 1
  %813 = zext i8 %812 to i32
  %814 = call i32 @safe_add_func_int32_t_s_s(i32 noundef %811, i32 noundef %813)
  %815 = load ptr, ptr @g_787, align 8
  %816 = load volatile ptr, ptr %815, align 8
  %817 = load ptr, ptr %816, align 8
  %818 = load ptr, ptr %817, align 8
  store volatile i32 %814, ptr %818, align 4
  %819 = getelementptr inbounds [10 x [7 x ptr]], ptr %68, i64 0, i64 8
  %820 = getelementptr inbounds [7 x ptr], ptr %819, i64 0, i64 2
  %821 = load ptr, ptr %820, align 16
  store ptr %821, ptr @g_2120, align 16
  store i64 0, ptr %15, align 8
  br label %822

822:                                              ; preds = %875, %759
  %823 = load i64, ptr %15, align 8
  %824 = icmp ule i64 %823, 0
  br i1 %824, label %825, label %878

825:                                              ; preds = %822
  store i32 1015142658, ptr %79, align 4
  store i32 -451600320, ptr %80, align 4
  %826 = getelementptr inbounds [10 x i32], ptr %50, i64 0, i64 8
  store ptr %826, ptr %81, align 8
  store ptr null, ptr %82, align 8
  %827 = getelementptr inbounds [1 x [7 x i32]], ptr %14, i64 0, i64 0
  %828 = getelementptr inbounds [7 x i32], ptr %827, i64 0, i64 2
  store ptr %828, ptr %83, align 8
  %829 = getelementptr inbounds [10 x i32], ptr %50, i64 0, i64 8
  store ptr %829, ptr %84, align 8
  store i32 0, ptr %86, align 4
  br label %830

830:                                              ; preds = %837, %825
  %831 = load i32, ptr %86, align 4
  %832 = icmp slt i32 %831, 6
  br i1 %832, label %833, label %840

833:                                              ; preds = %830
  %834 = load i32, ptr %86, align 4
  %835 = sext i32 %834 to i64
  %836 = getelementptr inbounds [6 x ptr], ptr %85, i64 0, i64 %835
  store ptr null, ptr %836, align 8
  br label %837

837:                                              ; preds = %833
  %838 = load i32, ptr %86, align 4
  %839 = add nsw i32 %838, 1
  store i32 %839, ptr %86, align 4
  br label %830, !llvm.loop !93

840:                                              ; preds = %830
  store i64 0, ptr @g_174, align 8
  br label %841

841:                                              ; preds = %868, %840
  %842 = load i64, ptr @g_174, align 8
  %843 = icmp sge i64 %842, 0
  br i1 %843, label %844, label %871

844:                                              ; preds = %841
  %845 = load ptr, ptr %3, align 8
  %846 = load i32, ptr @g_632, align 4
  %847 = add i32 %846, 3
  %848 = zext i32 %847 to i64
  %849 = getelementptr inbounds [6 x [1 x [2 x ptr]]], ptr @g_2120, i64 0, i64 %848
  %850 = load i32, ptr @g_632, align 4
  %851 = zext i32 %850 to i64
  %852 = getelementptr inbounds [1 x [2 x ptr]], ptr %849, i64 0, i64 %851
  %853 = load i32, ptr @g_632, align 4
  %854 = zext i32 %853 to i64
  %855 = getelementptr inbounds [2 x ptr], ptr %852, i64 0, i64 %854
  store ptr %845, ptr %855, align 8
  %856 = load ptr, ptr %3, align 8
  %857 = load i32, ptr %856, align 4
  %858 = icmp ne i32 %857, 0
  br i1 %858, label %859, label %860

859:                                              ; preds = %844
  br label %868

860:                                              ; preds = %844
  %861 = load ptr, ptr %3, align 8
  %862 = load i32, ptr %861, align 4
  %863 = icmp ne i32 %862, 0
  br i1 %863, label %864, label %865

864:                                              ; preds = %860
  br label %868

865:                                              ; preds = %860
  %866 = load ptr, ptr @g_789, align 8
  %867 = load ptr, ptr %866, align 8
  store ptr %867, ptr %49, align 8
  br label %868

868:                                              ; preds = %865, %864, %859
  %869 = load i64, ptr @g_174, align 8
  %870 = sub nsw i64 %869, 1
  store i64 %870, ptr @g_174, align 8
  br label %841, !llvm.loop !94

871:                                              ; preds = %841
  %872 = getelementptr inbounds [7 x i32], ptr %74, i64 0, i64 0
  %873 = load i32, ptr %872, align 16
  %874 = add i32 %873, 1
  store i32 %874, ptr %872, align 16
  br label %875

875:                                              ; preds = %871
  %876 = load i64, ptr %15, align 8
  %877 = add i64 %876, 1
  store i64 %877, ptr %15, align 8
  br label %822, !llvm.loop !95

878:                                              ; preds = %822
  store i8 0, ptr @g_255, align 1
  br label %879

879:                                              ; preds = %886, %878
  %880 = load i8, ptr @g_255, align 1
  %881 = zext i8 %880 to i32
  %882 = icmp sle i32 %881, 0
  br i1 %882, label %883, label %891

883:                                              ; preds = %879
  %884 = load volatile ptr, ptr @g_129, align 8
  %885 = load ptr, ptr %884, align 8
  store ptr %885, ptr %2, align 8
  br label %1015

886:                                              ; No predecessors!
  %887 = load i8, ptr @g_255, align 1
  %888 = zext i8 %887 to i32
  %889 = add nsw i32 %888, 1
  %890 = trunc i32 %889 to i8
  store i8 %890, ptr @g_255, align 1
  br label %879, !llvm.loop !96

891:                                              ; preds = %879
  br label %892

892:                                              ; preds = %891
  %893 = load i32, ptr @g_632, align 4
  %894 = add i32 %893, 1
  store i32 %894, ptr @g_632, align 4
  br label %756, !llvm.loop !97

895:                                              ; preds = %756
  br label %896

896:                                              ; preds = %895
  %897 = load i16, ptr @g_1750, align 2
  %898 = sext i16 %897 to i32
  %899 = add nsw i32 %898, 1
  %900 = trunc i32 %899 to i16
  store i16 %900, ptr @g_1750, align 2
  br label %660, !llvm.loop !98

901:                                              ; preds = %660
  br label %1012

902:                                              ; preds = %430
  store i64 3339836005652978962, ptr %91, align 8
  store i64 -5174350501232910909, ptr %92, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %93, ptr align 16 @__const.func_42.l_2161, i64 40, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %95, ptr align 16 @__const.func_42.l_2168, i64 80, i1 false)
  store i32 0, ptr %96, align 4
  br label %903

903:                                              ; preds = %910, %902
  %904 = load i32, ptr %96, align 4
  %905 = icmp slt i32 %904, 3
  br i1 %905, label %906, label %913

906:                                              ; preds = %903
  %907 = load i32, ptr %96, align 4
  %908 = sext i32 %907 to i64
  %909 = getelementptr inbounds [3 x ptr], ptr %94, i64 0, i64 %908
  store ptr getelementptr inbounds ([7 x i16], ptr getelementptr inbounds ([3 x [7 x i16]], ptr @g_172, i64 0, i64 1), i64 0, i64 6), ptr %909, align 8
  br label %910

910:                                              ; preds = %906
  %911 = load i32, ptr %96, align 4
  %912 = add nsw i32 %911, 1
  store i32 %912, ptr %96, align 4
  br label %903, !llvm.loop !99

913:                                              ; preds = %903
  %914 = load i64, ptr %91, align 8
  %915 = load ptr, ptr @g_1198, align 8
  %916 = load i64, ptr %915, align 8
  %917 = xor i64 %916, %914
  store i64 %917, ptr %915, align 8
  %918 = and i64 8, %917
  %919 = load i64, ptr %91, align 8
  %920 = icmp ne i64 %919, 0
  br i1 %920, label %921, label %987

921:                                              ; preds = %913
  %922 = load i64, ptr %91, align 8
  %923 = load i64, ptr %92, align 8
  %924 = icmp ult i64 47987, %923
  %925 = zext i1 %924 to i32
  %926 = getelementptr inbounds [1 x [7 x i32]], ptr %14, i64 0, i64 0
  %927 = getelementptr inbounds [7 x i32], ptr %926, i64 0, i64 2
  store i32 %925, ptr %927, align 8
  %928 = getelementptr inbounds [10 x [1 x i32]], ptr %93, i64 0, i64 8
  %929 = getelementptr inbounds [1 x i32], ptr %928, i64 0, i64 0
  store i32 %925, ptr %929, align 16
  %930 = sext i32 %925 to i64
  %931 = icmp sgt i64 %930, 1
  %932 = zext i1 %931 to i32
  %933 = trunc i32 %932 to i16
  store ptr null, ptr @g_2162, align 8
  %934 = call signext i16 @safe_add_func_int16_t_s_s(i16 noundef signext %933, i16 noundef signext 0)
  %935 = load i8, ptr %22, align 1
  %936 = zext i8 %935 to i16
  %937 = call signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext %934, i16 noundef signext %936)
  %938 = sext i16 %937 to i64
  %939 = xor i64 %938, 7
  %940 = icmp ne i64 %939, 0
  br i1 %940, label %941, label %946

941:                                              ; preds = %921
  %942 = load ptr, ptr @g_1026, align 8
  %943 = load volatile i16, ptr %942, align 2
  %944 = sext i16 %943 to i32
  %945 = icmp ne i32 %944, 0
  br label %946

946:                                              ; preds = %941, %921
  %947 = phi i1 [ false, %921 ], [ %945, %941 ]
  %948 = zext i1 %947 to i32
  %949 = load i8, ptr %16, align 1
  %950 = zext i8 %949 to i32
  %951 = icmp ne i32 %948, %950
  %952 = zext i1 %951 to i32
  %953 = trunc i32 %952 to i16
  %954 = call signext i16 @safe_lshift_func_int16_t_s_s(i16 noundef signext %953, i32 noundef 15)
  %955 = sext i16 %954 to i32
  %956 = load i32, ptr %7, align 4
  %957 = icmp sge i32 %955, %956
  %958 = zext i1 %957 to i32
  %959 = sext i32 %958 to i64
  %960 = load i64, ptr %92, align 8
  %961 = icmp uge i64 %959, %960
  %962 = zext i1 %961 to i32
  %963 = load i8, ptr %8, align 1
  %964 = sext i8 %963 to i32
  %965 = icmp sge i32 %962, %964
  br i1 %965, label %971, label %966

966:                                              ; preds = %946
  %967 = getelementptr inbounds [1 x [7 x i32]], ptr %14, i64 0, i64 0
  %968 = getelementptr inbounds [7 x i32], ptr %967, i64 0, i64 2
  %969 = load i32, ptr %968, align 8
  %970 = icmp ne i32 %969, 0
  br label %971

971:                                              ; preds = %966, %946
  %972 = phi i1 [ true, %946 ], [ %970, %966 ]
  %973 = zext i1 %972 to i32
  %974 = trunc i32 %973 to i8
  %975 = call signext i8 @safe_add_func_int8_t_s_s(i8 noundef signext %974, i8 noundef signext -27)
  %976 = call zeroext i8 @safe_rshift_func_uint8_t_u_s(i8 noundef zeroext %975, i32 noundef 6)
  %977 = load i64, ptr @g_966, align 8
  %978 = trunc i64 %977 to i32
  %979 = call zeroext i8 @safe_lshift_func_uint8_t_u_u(i8 noundef zeroext %976, i32 noundef %978)
  %980 = zext i8 %979 to i64
  %981 = icmp sgt i64 %922, %980
  %982 = zext i1 %981 to i32
  %983 = sext i32 %982 to i64
  %984 = load i64, ptr @g_1934, align 8
  %985 = and i64 %983, %984
  %986 = icmp ne i64 %985, 0
  br label %987

987:                                              ; preds = %971, %913
  %988 = phi i1 [ false, %913 ], [ %986, %971 ]
  %989 = zext i1 %988 to i32
  %990 = load i16, ptr @g_1272, align 2
  %991 = zext i16 %990 to i32
  %992 = xor i32 %991, %989
  %993 = trunc i32 %992 to i16
  store i16 %993, ptr @g_1272, align 2
  %994 = load i64, ptr %91, align 8
  %995 = trunc i64 %994 to i32
  %996 = call zeroext i16 @safe_rshift_func_uint16_t_u_s(i16 noundef zeroext %993, i32 noundef %995)
  %997 = zext i16 %996 to i64
  %998 = icmp uge i64 %918, %997
  %999 = zext i1 %998 to i32
  %1000 = load i32, ptr %9, align 4
  %1001 = xor i32 %1000, %999
  store i32 %1001, ptr %9, align 4
  %1002 = trunc i32 %1001 to i16
  %1003 = call signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext %1002, i16 noundef signext -8)
  %1004 = sext i16 %1003 to i64
  %1005 = load i64, ptr %92, align 8
  %1006 = call i64 @safe_sub_func_uint64_t_u_u(i64 noundef %1004, i64 noundef %1005)
  %1007 = trunc i64 %1006 to i32
  %1008 = load ptr, ptr @g_787, align 8
  %1009 = load volatile ptr, ptr %1008, align 8
  %1010 = load ptr, ptr %1009, align 8
  %1011 = load ptr, ptr %1010, align 8
  store volatile i32 %1007, ptr %1011, align 4
  br label %1012

1012:                                             ; preds = %987, %901
  %1013 = load volatile ptr, ptr @g_129, align 8
  %1014 = load ptr, ptr %1013, align 8
  store ptr %1014, ptr %2, align 8
  br label %1015

1015:                                             ; preds = %1012, %883, %646, %460, %455
  %1016 = load ptr, ptr %2, align 8
  ret ptr %1016
}

; Function Attrs: noinline nounwind uwtable
define internal signext i16 @safe_mul_func_int16_t_s_s(i16 noundef signext %0, i16 noundef signext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %3, align 2
  %6 = sext i16 %5 to i32
  %7 = load i16, ptr %4, align 2
  %8 = sext i16 %7 to i32
  %9 = mul nsw i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @safe_div_func_uint32_t_u_u(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp eq i32 %5, 0
  br i1 %6, label %7, label %9

7:                                                ; preds = %2
  %8 = load i32, ptr %3, align 4
  br label %13

9:                                                ; preds = %2
  %10 = load i32, ptr %3, align 4
  %11 = load i32, ptr %4, align 4
  %12 = udiv i32 %10, %11
  br label %13

13:                                               ; preds = %9, %7
  %14 = phi i32 [ %8, %7 ], [ %12, %9 ]
  ret i32 %14
}

; Function Attrs: noinline nounwind uwtable
define internal ptr @func_50(i16 noundef zeroext %0) #0 {
  %2 = alloca i16, align 2
  %3 = alloca ptr, align 8
  store i16 %0, ptr %2, align 2
  store ptr @g_1350, ptr %3, align 8
  %4 = load ptr, ptr %3, align 8
  ret ptr %4
}

; Function Attrs: noinline nounwind uwtable
define internal signext i16 @safe_rshift_func_int16_t_s_s(i16 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2
  store i32 %1, ptr %4, align 4
  %5 = load i16, ptr %3, align 2
  %6 = sext i16 %5 to i32
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %14, label %8

8:                                                ; preds = %2
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %9, 0
  br i1 %10, label %14, label %11

11:                                               ; preds = %8
  %12 = load i32, ptr %4, align 4
  %13 = icmp sge i32 %12, 32
  br i1 %13, label %14, label %17

14:                                               ; preds = %11, %8, %2
  %15 = load i16, ptr %3, align 2
  %16 = sext i16 %15 to i32
  br label %22

17:                                               ; preds = %11
  %18 = load i16, ptr %3, align 2
  %19 = sext i16 %18 to i32
  %20 = load i32, ptr %4, align 4
  %21 = ashr i32 %19, %20
  br label %22

22:                                               ; preds = %17, %14
  %23 = phi i32 [ %16, %14 ], [ %21, %17 ]
  %24 = trunc i32 %23 to i16
  ret i16 %24
}

; Function Attrs: noinline nounwind uwtable
define internal signext i8 @safe_lshift_func_int8_t_s_u(i8 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1
  store i32 %1, ptr %4, align 4
  %5 = load i8, ptr %3, align 1
  %6 = sext i8 %5 to i32
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %17, label %8

8:                                                ; preds = %2
  %9 = load i32, ptr %4, align 4
  %10 = icmp uge i32 %9, 32
  br i1 %10, label %17, label %11

11:                                               ; preds = %8
  %12 = load i8, ptr %3, align 1
  %13 = sext i8 %12 to i32
  %14 = load i32, ptr %4, align 4
  %15 = ashr i32 127, %14
  %16 = icmp sgt i32 %13, %15
  br i1 %16, label %17, label %20

17:                                               ; preds = %11, %8, %2
  %18 = load i8, ptr %3, align 1
  %19 = sext i8 %18 to i32
  br label %25

20:                                               ; preds = %11
  %21 = load i8, ptr %3, align 1
  %22 = sext i8 %21 to i32
  %23 = load i32, ptr %4, align 4
  %24 = shl i32 %22, %23
  br label %25

25:                                               ; preds = %20, %17
  %26 = phi i32 [ %19, %17 ], [ %24, %20 ]
  %27 = trunc i32 %26 to i8
  ret i8 %27
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
define internal i64 @safe_add_func_int64_t_s_s(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = icmp sgt i64 %5, 0
  br i1 %6, label %7, label %15

7:                                                ; preds = %2
  %8 = load i64, ptr %4, align 8
  %9 = icmp sgt i64 %8, 0
  br i1 %9, label %10, label %15

10:                                               ; preds = %7
  %11 = load i64, ptr %3, align 8
  %12 = load i64, ptr %4, align 8
  %13 = sub nsw i64 9223372036854775807, %12
  %14 = icmp sgt i64 %11, %13
  br i1 %14, label %26, label %15

15:                                               ; preds = %10, %7, %2
  %16 = load i64, ptr %3, align 8
  %17 = icmp slt i64 %16, 0
  br i1 %17, label %18, label %28

18:                                               ; preds = %15
  %19 = load i64, ptr %4, align 8
  %20 = icmp slt i64 %19, 0
  br i1 %20, label %21, label %28

21:                                               ; preds = %18
  %22 = load i64, ptr %3, align 8
  %23 = load i64, ptr %4, align 8
  %24 = sub nsw i64 -9223372036854775808, %23
  %25 = icmp slt i64 %22, %24
  br i1 %25, label %26, label %28

26:                                               ; preds = %21, %10
  %27 = load i64, ptr %3, align 8
  br label %32

28:                                               ; preds = %21, %18, %15
  %29 = load i64, ptr %3, align 8
  %30 = load i64, ptr %4, align 8
  %31 = add nsw i64 %29, %30
  br label %32

32:                                               ; preds = %28, %26
  %33 = phi i64 [ %27, %26 ], [ %31, %28 ]
  ret i64 %33
}

; Function Attrs: noinline nounwind uwtable
define internal zeroext i16 @safe_div_func_uint16_t_u_u(i16 noundef zeroext %0, i16 noundef zeroext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %4, align 2
  %6 = zext i16 %5 to i32
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %11

8:                                                ; preds = %2
  %9 = load i16, ptr %3, align 2
  %10 = zext i16 %9 to i32
  br label %17

11:                                               ; preds = %2
  %12 = load i16, ptr %3, align 2
  %13 = zext i16 %12 to i32
  %14 = load i16, ptr %4, align 2
  %15 = zext i16 %14 to i32
  %16 = sdiv i32 %13, %15
  br label %17

17:                                               ; preds = %11, %8
  %18 = phi i32 [ %10, %8 ], [ %16, %11 ]
  %19 = trunc i32 %18 to i16
  ret i16 %19
}

; Function Attrs: noinline nounwind uwtable
define internal zeroext i8 @safe_unary_minus_func_uint8_t_u(i8 noundef zeroext %0) #0 {
  %2 = alloca i8, align 1
  store i8 %0, ptr %2, align 1
  %3 = load i8, ptr %2, align 1
  %4 = zext i8 %3 to i32
  %5 = sub nsw i32 0, %4
  %6 = trunc i32 %5 to i8
  ret i8 %6
}

; Function Attrs: noinline nounwind uwtable
define internal signext i8 @safe_sub_func_int8_t_s_s(i8 noundef signext %0, i8 noundef signext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %3, align 1
  %6 = sext i8 %5 to i32
  %7 = load i8, ptr %4, align 1
  %8 = sext i8 %7 to i32
  %9 = sub nsw i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

; Function Attrs: noinline nounwind uwtable
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

; Function Attrs: noinline nounwind uwtable
define internal zeroext i16 @safe_rshift_func_uint16_t_u_s(i16 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp slt i32 %5, 0
  br i1 %6, label %10, label %7

7:                                                ; preds = %2
  %8 = load i32, ptr %4, align 4
  %9 = icmp sge i32 %8, 32
  br i1 %9, label %10, label %13

10:                                               ; preds = %7, %2
  %11 = load i16, ptr %3, align 2
  %12 = zext i16 %11 to i32
  br label %18

13:                                               ; preds = %7
  %14 = load i16, ptr %3, align 2
  %15 = zext i16 %14 to i32
  %16 = load i32, ptr %4, align 4
  %17 = ashr i32 %15, %16
  br label %18

18:                                               ; preds = %13, %10
  %19 = phi i32 [ %12, %10 ], [ %17, %13 ]
  %20 = trunc i32 %19 to i16
  ret i16 %20
}

; Function Attrs: noinline nounwind uwtable
define internal zeroext i8 @safe_rshift_func_uint8_t_u_s(i8 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp slt i32 %5, 0
  br i1 %6, label %10, label %7

7:                                                ; preds = %2
  %8 = load i32, ptr %4, align 4
  %9 = icmp sge i32 %8, 32
  br i1 %9, label %10, label %13

10:                                               ; preds = %7, %2
  %11 = load i8, ptr %3, align 1
  %12 = zext i8 %11 to i32
  br label %18

13:                                               ; preds = %7
  %14 = load i8, ptr %3, align 1
  %15 = zext i8 %14 to i32
  %16 = load i32, ptr %4, align 4
  %17 = ashr i32 %15, %16
  br label %18

18:                                               ; preds = %13, %10
  %19 = phi i32 [ %12, %10 ], [ %17, %13 ]
  %20 = trunc i32 %19 to i8
  ret i8 %20
}

; Function Attrs: noinline nounwind uwtable
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

; Function Attrs: noinline nounwind uwtable
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
  %11 = zext i32 %10 to i64
  %12 = getelementptr inbounds [256 x i32], ptr @crc32_tab, i64 0, i64 %11
  %13 = load i32, ptr %12, align 4
  %14 = xor i32 %5, %13
  store i32 %14, ptr @crc32_context, align 4
  ret void
}

attributes #0 = { noinline nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
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
!42 = distinct !{!42, !7}
!43 = distinct !{!43, !7}
!44 = distinct !{!44, !7}
!45 = distinct !{!45, !7}
!46 = distinct !{!46, !7}
!47 = distinct !{!47, !7}
!48 = distinct !{!48, !7}
!49 = distinct !{!49, !7}
!50 = distinct !{!50, !7}
!51 = distinct !{!51, !7}
!52 = distinct !{!52, !7}
!53 = distinct !{!53, !7}
!54 = distinct !{!54, !7}
!55 = distinct !{!55, !7}
!56 = distinct !{!56, !7}
!57 = distinct !{!57, !7}
!58 = distinct !{!58, !7}
!59 = distinct !{!59, !7}
!60 = distinct !{!60, !7}
!61 = distinct !{!61, !7}
!62 = distinct !{!62, !7}
!63 = distinct !{!63, !7}
!64 = distinct !{!64, !7}
!65 = distinct !{!65, !7}
!66 = distinct !{!66, !7}
!67 = distinct !{!67, !7}
!68 = distinct !{!68, !7}
!69 = distinct !{!69, !7}
!70 = distinct !{!70, !7}
!71 = distinct !{!71, !7}
!72 = distinct !{!72, !7}
!73 = distinct !{!73, !7}
!74 = distinct !{!74, !7}
!75 = distinct !{!75, !7}
!76 = distinct !{!76, !7}
!77 = distinct !{!77, !7}
!78 = distinct !{!78, !7}
!79 = distinct !{!79, !7}
!80 = distinct !{!80, !7}
!81 = distinct !{!81, !7}
!82 = distinct !{!82, !7}
!83 = distinct !{!83, !7}
!84 = distinct !{!84, !7}
!85 = distinct !{!85, !7}
!86 = distinct !{!86, !7}
!87 = distinct !{!87, !7}
!88 = distinct !{!88, !7}
!89 = distinct !{!89, !7}
!90 = distinct !{!90, !7}
!91 = distinct !{!91, !7}
!92 = distinct !{!92, !7}
!93 = distinct !{!93, !7}
!94 = distinct !{!94, !7}
!95 = distinct !{!95, !7}
!96 = distinct !{!96, !7}
!97 = distinct !{!97, !7}
!98 = distinct !{!98, !7}
!99 = distinct !{!99, !7}
