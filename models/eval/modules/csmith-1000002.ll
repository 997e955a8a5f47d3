; ModuleID = 'cs1000002.c'
source_filename = "cs1000002.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%union.U0 = type { ptr }

@.str = private unnamed_addr constant [2 x i8] c"1\00", align 1
@g_2 = internal global i32 -1416873261, align 4
@.str.1 = private unnamed_addr constant [4 x i8] c"g_2\00", align 1
@g_4 = internal global i8 46, align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"g_4\00", align 1
@g_7 = internal global i32 6, align 4
@.str.3 = private unnamed_addr constant [4 x i8] c"g_7\00", align 1
@g_21 = internal global [2 x i8] c"jj", align 1
@.str.4 = private unnamed_addr constant [8 x i8] c"g_21[i]\00", align 1
@.str.5 = private unnamed_addr constant [14 x i8] c"index = [%d]\0A\00", align 1
@g_24 = internal global i32 -1719389388, align 4
@.str.6 = private unnamed_addr constant [5 x i8] c"g_24\00", align 1
@g_36 = internal global i32 -857056777, align 4
@.str.7 = private unnamed_addr constant [5 x i8] c"g_36\00", align 1
@g_37 = internal global i32 0, align 4
@.str.8 = private unnamed_addr constant [5 x i8] c"g_37\00", align 1
@.str.9 = private unnamed_addr constant [9 x i8] c"g_136.f0\00", align 1
@g_142 = internal global i64 4706283544073631543, align 8
@.str.10 = private unnamed_addr constant [6 x i8] c"g_142\00", align 1
@g_144 = internal global [1 x [2 x i8]] [[2 x i8] c"\1B\1B"], align 1
@.str.11 = private unnamed_addr constant [12 x i8] c"g_144[i][j]\00", align 1
@.str.12 = private unnamed_addr constant [18 x i8] c"index = [%d][%d]\0A\00", align 1
@g_161 = internal global i32 1017555918, align 4
@.str.13 = private unnamed_addr constant [6 x i8] c"g_161\00", align 1
@g_207 = internal global i8 1, align 1
@.str.14 = private unnamed_addr constant [6 x i8] c"g_207\00", align 1
@g_208 = internal global [5 x [2 x i32]] [[2 x i32] [i32 0, i32 -1066304896], [2 x i32] zeroinitializer, [2 x i32] [i32 -1066304896, i32 0], [2 x i32] [i32 0, i32 -1066304896], [2 x i32] zeroinitializer], align 16
@.str.15 = private unnamed_addr constant [12 x i8] c"g_208[i][j]\00", align 1
@g_221 = internal global i16 1, align 2
@.str.16 = private unnamed_addr constant [6 x i8] c"g_221\00", align 1
@g_246 = internal global i16 1, align 2
@.str.17 = private unnamed_addr constant [6 x i8] c"g_246\00", align 1
@.str.18 = private unnamed_addr constant [6 x i8] c"g_274\00", align 1
@.str.19 = private unnamed_addr constant [9 x i8] c"g_284.f0\00", align 1
@.str.20 = private unnamed_addr constant [6 x i8] c"g_304\00", align 1
@g_307 = internal global i16 20688, align 2
@.str.21 = private unnamed_addr constant [6 x i8] c"g_307\00", align 1
@g_309 = internal global i16 -21799, align 2
@.str.22 = private unnamed_addr constant [6 x i8] c"g_309\00", align 1
@g_311 = internal global i8 -5, align 1
@.str.23 = private unnamed_addr constant [6 x i8] c"g_311\00", align 1
@g_315 = internal global i64 4180687074212771072, align 8
@.str.24 = private unnamed_addr constant [6 x i8] c"g_315\00", align 1
@g_342 = internal global [7 x i32] [i32 -1622974255, i32 -1622974255, i32 -1622974255, i32 -1622974255, i32 -1622974255, i32 -1622974255, i32 -1622974255], align 16
@.str.25 = private unnamed_addr constant [9 x i8] c"g_342[i]\00", align 1
@g_399 = internal global i32 0, align 4
@.str.26 = private unnamed_addr constant [6 x i8] c"g_399\00", align 1
@g_497 = internal global i16 21499, align 2
@.str.27 = private unnamed_addr constant [6 x i8] c"g_497\00", align 1
@g_502 = internal global i16 3, align 2
@.str.28 = private unnamed_addr constant [6 x i8] c"g_502\00", align 1
@g_538 = internal global i8 -47, align 1
@.str.29 = private unnamed_addr constant [6 x i8] c"g_538\00", align 1
@g_551 = internal global i8 3, align 1
@.str.30 = private unnamed_addr constant [6 x i8] c"g_551\00", align 1
@g_556 = internal global i64 -4223502978661177577, align 8
@.str.31 = private unnamed_addr constant [6 x i8] c"g_556\00", align 1
@.str.32 = private unnamed_addr constant [15 x i8] c"g_684[i][j].f0\00", align 1
@g_687 = internal global i32 -1, align 4
@.str.33 = private unnamed_addr constant [6 x i8] c"g_687\00", align 1
@.str.34 = private unnamed_addr constant [9 x i8] c"g_751.f0\00", align 1
@g_755 = internal global i32 -1, align 4
@.str.35 = private unnamed_addr constant [6 x i8] c"g_755\00", align 1
@g_1124 = internal global [4 x i64] [i64 -6123963034769549334, i64 -6123963034769549334, i64 -6123963034769549334, i64 -6123963034769549334], align 16
@.str.36 = private unnamed_addr constant [10 x i8] c"g_1124[i]\00", align 1
@.str.37 = private unnamed_addr constant [10 x i8] c"g_1154.f0\00", align 1
@g_1237 = internal global i64 1, align 8
@.str.38 = private unnamed_addr constant [7 x i8] c"g_1237\00", align 1
@.str.39 = private unnamed_addr constant [19 x i8] c"g_1277[i][j][k].f0\00", align 1
@.str.40 = private unnamed_addr constant [22 x i8] c"index = [%d][%d][%d]\0A\00", align 1
@g_1317 = internal global i64 1070627346685622394, align 8
@.str.41 = private unnamed_addr constant [7 x i8] c"g_1317\00", align 1
@.str.42 = private unnamed_addr constant [7 x i8] c"g_1576\00", align 1
@g_1599 = internal global i32 0, align 4
@.str.43 = private unnamed_addr constant [7 x i8] c"g_1599\00", align 1
@g_1624 = internal global i8 -1, align 1
@.str.44 = private unnamed_addr constant [7 x i8] c"g_1624\00", align 1
@g_1632 = internal global i32 -10, align 4
@.str.45 = private unnamed_addr constant [7 x i8] c"g_1632\00", align 1
@g_1683 = internal global i64 -10, align 8
@.str.46 = private unnamed_addr constant [7 x i8] c"g_1683\00", align 1
@.str.47 = private unnamed_addr constant [10 x i8] c"g_1690.f0\00", align 1
@g_1709 = internal global i64 -2457560379491504505, align 8
@.str.48 = private unnamed_addr constant [7 x i8] c"g_1709\00", align 1
@.str.49 = private unnamed_addr constant [7 x i8] c"g_1747\00", align 1
@g_1759 = internal global [3 x [4 x [1 x i32]]] [[4 x [1 x i32]] [[1 x i32] [i32 -9], [1 x i32] [i32 1735997566], [1 x i32] [i32 1735997566], [1 x i32] [i32 -9]], [4 x [1 x i32]] [[1 x i32] [i32 1735997566], [1 x i32] [i32 1735997566], [1 x i32] [i32 -9], [1 x i32] [i32 1735997566]], [4 x [1 x i32]] [[1 x i32] [i32 1735997566], [1 x i32] [i32 -9], [1 x i32] [i32 1735997566], [1 x i32] [i32 1735997566]]], align 16
@.str.50 = private unnamed_addr constant [16 x i8] c"g_1759[i][j][k]\00", align 1
@g_1844 = internal global i64 7216586208525473367, align 8
@.str.51 = private unnamed_addr constant [7 x i8] c"g_1844\00", align 1
@.str.52 = private unnamed_addr constant [10 x i8] c"g_1865.f0\00", align 1
@.str.53 = private unnamed_addr constant [10 x i8] c"g_1865.f1\00", align 1
@.str.54 = private unnamed_addr constant [10 x i8] c"g_1865.f2\00", align 1
@.str.55 = private unnamed_addr constant [10 x i8] c"g_1865.f3\00", align 1
@g_1866 = internal global i64 9204920979542353083, align 8
@.str.56 = private unnamed_addr constant [7 x i8] c"g_1866\00", align 1
@.str.57 = private unnamed_addr constant [10 x i8] c"g_1950.f0\00", align 1
@g_2077 = internal global i8 -3, align 1
@.str.58 = private unnamed_addr constant [7 x i8] c"g_2077\00", align 1
@.str.59 = private unnamed_addr constant [10 x i8] c"g_2092.f0\00", align 1
@.str.60 = private unnamed_addr constant [10 x i8] c"g_2095.f0\00", align 1
@.str.61 = private unnamed_addr constant [10 x i8] c"g_2150.f0\00", align 1
@g_2177 = internal global i16 2, align 2
@.str.62 = private unnamed_addr constant [7 x i8] c"g_2177\00", align 1
@.str.63 = private unnamed_addr constant [7 x i8] c"g_2526\00", align 1
@g_2558 = internal global i16 -19071, align 2
@.str.64 = private unnamed_addr constant [7 x i8] c"g_2558\00", align 1
@.str.65 = private unnamed_addr constant [10 x i8] c"g_2678.f0\00", align 1
@g_2692 = internal global i8 -1, align 1
@.str.66 = private unnamed_addr constant [7 x i8] c"g_2692\00", align 1
@g_2750 = internal global [10 x i32] [i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1], align 16
@.str.67 = private unnamed_addr constant [10 x i8] c"g_2750[i]\00", align 1
@g_2819 = internal global i8 -1, align 1
@.str.68 = private unnamed_addr constant [7 x i8] c"g_2819\00", align 1
@.str.69 = private unnamed_addr constant [13 x i8] c"g_2829[i].f0\00", align 1
@.str.70 = private unnamed_addr constant [10 x i8] c"g_2887.f0\00", align 1
@g_2937 = internal global [2 x [7 x i8]] [[7 x i8] c"\08\08\08\08\08\08\08", [7 x i8] c"\08\08\08\08\08\08\08"], align 1
@.str.71 = private unnamed_addr constant [13 x i8] c"g_2937[i][j]\00", align 1
@.str.72 = private unnamed_addr constant [10 x i8] c"g_3036.f0\00", align 1
@g_3055 = internal global [9 x i16] zeroinitializer, align 16
@.str.73 = private unnamed_addr constant [10 x i8] c"g_3055[i]\00", align 1
@g_3063 = internal global [5 x i8] c"ooooo", align 1
@.str.74 = private unnamed_addr constant [10 x i8] c"g_3063[i]\00", align 1
@g_3101 = internal global i8 0, align 1
@.str.75 = private unnamed_addr constant [7 x i8] c"g_3101\00", align 1
@g_3133 = internal global i32 8, align 4
@.str.76 = private unnamed_addr constant [7 x i8] c"g_3133\00", align 1
@crc32_context = internal global i32 -1, align 4
@crc32_tab = internal global [256 x i32] zeroinitializer, align 16
@g_2133 = internal global ptr @g_2134, align 8
@g_1065 = internal global ptr @g_213, align 8
@g_419 = internal global ptr @g_307, align 8
@g_2516 = internal global ptr @g_2517, align 8
@g_2134 = internal global ptr null, align 8
@g_1405 = internal global ptr @g_1406, align 8
@g_1399 = internal global [2 x [8 x [2 x ptr]]] [[8 x [2 x ptr]] [[2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)], [2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)], [2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)], [2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)], [2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)], [2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)], [2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)], [2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)]], [8 x [2 x ptr]] [[2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)], [2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)], [2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)], [2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)], [2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)], [2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)], [2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)], [2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)]]], align 16
@g_1105 = internal global ptr @g_275, align 8
@g_1411 = internal global ptr @g_221, align 8
@g_301 = internal global ptr @g_246, align 8
@g_2128 = internal global ptr @g_37, align 8
@g_163 = internal global ptr @g_164, align 8
@g_164 = internal global ptr @g_36, align 8
@g_162 = internal global ptr @g_163, align 8
@g_178 = internal global ptr getelementptr (i8, ptr @g_179, i64 8), align 8
@g_275 = internal global ptr @g_276, align 8
@__const.func_8.l_2997 = private unnamed_addr constant [8 x [3 x [5 x i32]]] [[3 x [5 x i32]] [[5 x i32] [i32 0, i32 -1692725903, i32 -1692725903, i32 0, i32 -3], [5 x i32] [i32 -3, i32 1619881926, i32 -1048893097, i32 -1, i32 1], [5 x i32] [i32 -1, i32 0, i32 -1, i32 -3, i32 0]], [3 x [5 x i32]] [[5 x i32] [i32 1, i32 -1942051966, i32 -10, i32 -1, i32 -10], [5 x i32] [i32 5, i32 5, i32 6, i32 0, i32 1], [5 x i32] [i32 1, i32 -328146304, i32 -10, i32 -1057949762, i32 -3]], [3 x [5 x i32]] [[5 x i32] [i32 1, i32 -1692725903, i32 -1, i32 1, i32 -3], [5 x i32] [i32 0, i32 -328146304, i32 -1048893097, i32 -328146304, i32 0], [5 x i32] [i32 -1, i32 -1, i32 6, i32 0, i32 -1]], [3 x [5 x i32]] [[5 x i32] [i32 1807571920, i32 1, i32 -1048893097, i32 -1942051966, i32 -1], [5 x i32] [i32 -3, i32 -1692725903, i32 5, i32 -1, i32 -1], [5 x i32] [i32 -1539195087, i32 -1942051966, i32 -1539195087, i32 -10, i32 1807571920]], [3 x [5 x i32]] [[5 x i32] [i32 -1, i32 6, i32 0, i32 -1, i32 0], [5 x i32] [i32 1, i32 -1912458398, i32 1, i32 -1942051966, i32 -10], [5 x i32] [i32 1286066898, i32 -3, i32 0, i32 0, i32 -3]], [3 x [5 x i32]] [[5 x i32] [i32 -10, i32 1, i32 -1539195087, i32 -1057949762, i32 -1], [5 x i32] [i32 -1692725903, i32 -3, i32 5, i32 -3, i32 -1692725903], [5 x i32] [i32 -1539195087, i32 -1912458398, i32 -1048893097, i32 -10, i32 1]], [3 x [5 x i32]] [[5 x i32] [i32 -1692725903, i32 6, i32 6, i32 -1692725903, i32 0], [5 x i32] [i32 -10, i32 -1942051966, i32 1, i32 -1912458398, i32 1], [5 x i32] [i32 1286066898, i32 -1692725903, i32 1286066898, i32 0, i32 -1692725903]], [3 x [5 x i32]] [[5 x i32] [i32 1, i32 1, i32 -1, i32 -1912458398, i32 -1], [5 x i32] [i32 -1, i32 -1, i32 5, i32 -1692725903, i32 -3], [5 x i32] [i32 -1539195087, i32 -1057949762, i32 -1, i32 -10, i32 -10]]], align 16
@__const.func_13.l_25 = private unnamed_addr constant [8 x ptr] [ptr @g_7, ptr @g_7, ptr @g_7, ptr @g_7, ptr @g_7, ptr @g_7, ptr @g_7, ptr @g_7], align 16
@g_23 = internal global ptr @g_24, align 8
@g_213 = internal global [7 x [8 x ptr]] [[8 x ptr] [ptr null, ptr null, ptr null, ptr @g_207, ptr @g_207, ptr null, ptr null, ptr null], [8 x ptr] [ptr null, ptr null, ptr null, ptr @g_207, ptr null, ptr null, ptr null, ptr null], [8 x ptr] [ptr null, ptr @g_207, ptr null, ptr null, ptr @g_207, ptr null, ptr null, ptr null], [8 x ptr] [ptr null, ptr null, ptr null, ptr null, ptr null, ptr @g_207, ptr @g_207, ptr null], [8 x ptr] [ptr null, ptr @g_207, ptr @g_207, ptr null, ptr @g_4, ptr null, ptr @g_4, ptr null], [8 x ptr] [ptr @g_207, ptr @g_4, ptr @g_207, ptr @g_207, ptr null, ptr null, ptr @g_207, ptr @g_207], [8 x ptr] [ptr @g_4, ptr @g_4, ptr null, ptr null, ptr null, ptr null, ptr null, ptr @g_4]], align 16
@g_2517 = internal global ptr @g_2133, align 8
@g_1406 = internal global ptr getelementptr (i8, ptr @g_1124, i64 8), align 8
@g_179 = internal global [10 x ptr] zeroinitializer, align 16
@g_276 = internal global ptr @g_274, align 8
@g_274 = internal constant i8 4, align 1
@.str.77 = private unnamed_addr constant [36 x i8] c"...checksum after hashing %s : %lX\0A\00", align 1
@g_136 = internal global { i8, [7 x i8] } { i8 5, [7 x i8] undef }, align 8
@g_284 = internal constant { i8, [7 x i8] } { i8 74, [7 x i8] undef }, align 8
@g_684 = internal global [2 x [3 x { i8, [7 x i8] }]] [[3 x { i8, [7 x i8] }] [{ i8, [7 x i8] } { i8 -10, [7 x i8] undef }, { i8, [7 x i8] } { i8 -10, [7 x i8] undef }, { i8, [7 x i8] } { i8 -10, [7 x i8] undef }], [3 x { i8, [7 x i8] }] [{ i8, [7 x i8] } { i8 -10, [7 x i8] undef }, { i8, [7 x i8] } { i8 -10, [7 x i8] undef }, { i8, [7 x i8] } { i8 -10, [7 x i8] undef }]], align 16
@g_751 = internal global { i8, [7 x i8] } { i8 3, [7 x i8] undef }, align 8
@g_1154 = internal global { i8, [7 x i8] } { i8 8, [7 x i8] undef }, align 8
@g_1277 = internal global [4 x [4 x [5 x { i8, [7 x i8] }]]] [[4 x [5 x { i8, [7 x i8] }]] [[5 x { i8, [7 x i8] }] [{ i8, [7 x i8] } { i8 -62, [7 x i8] undef }, { i8, [7 x i8] } { i8 4, [7 x i8] undef }, { i8, [7 x i8] } { i8 -9, [7 x i8] undef }, { i8, [7 x i8] } { i8 -20, [7 x i8] undef }, { i8, [7 x i8] } { i8 -1, [7 x i8] undef }], [5 x { i8, [7 x i8] }] [{ i8, [7 x i8] } { i8 4, [7 x i8] undef }, { i8, [7 x i8] } { i8 7, [7 x i8] undef }, { i8, [7 x i8] } { i8 7, [7 x i8] undef }, { i8, [7 x i8] } { i8 4, [7 x i8] undef }, { i8, [7 x i8] } { i8 111, [7 x i8] undef }], [5 x { i8, [7 x i8] }] [{ i8, [7 x i8] } { i8 -1, [7 x i8] undef }, { i8, [7 x i8] } { i8 42, [7 x i8] undef }, { i8, [7 x i8] } { i8 -1, [7 x i8] undef }, { i8, [7 x i8] } { i8 86, [7 x i8] undef }, { i8, [7 x i8] } { i8 86, [7 x i8] undef }], [5 x { i8, [7 x i8] }] [{ i8, [7 x i8] } { i8 -60, [7 x i8] undef }, { i8, [7 x i8] } { i8 111, [7 x i8] undef }, { i8, [7 x i8] } { i8 -1, [7 x i8] undef }, { i8, [7 x i8] } { i8 27, [7 x i8] undef }, { i8, [7 x i8] } { i8 -107, [7 x i8] undef }]], [4 x [5 x { i8, [7 x i8] }]] [[5 x { i8, [7 x i8] }] [{ i8, [7 x i8] } { i8 -1, [7 x i8] undef }, { i8, [7 x i8] } { i8 -104, [7 x i8] undef }, { i8, [7 x i8] } { i8 -18, [7 x i8] undef }, { i8, [7 x i8] } { i8 86, [7 x i8] undef }, { i8, [7 x i8] } { i8 86, [7 x i8] undef }], [5 x { i8, [7 x i8] }] [{ i8, [7 x i8] } { i8 52, [7 x i8] undef }, { i8, [7 x i8] } { i8 -60, [7 x i8] undef }, { i8, [7 x i8] } { i8 52, [7 x i8] undef }, { i8, [7 x i8] } { i8 4, [7 x i8] undef }, { i8, [7 x i8] } { i8 -10, [7 x i8] undef }], [5 x { i8, [7 x i8] }] [{ i8, [7 x i8] } { i8 -104, [7 x i8] undef }, { i8, [7 x i8] } { i8 3, [7 x i8] undef }, { i8, [7 x i8] } { i8 9, [7 x i8] undef }, { i8, [7 x i8] } { i8 -20, [7 x i8] undef }, { i8, [7 x i8] } { i8 -10, [7 x i8] undef }], [5 x { i8, [7 x i8] }] [{ i8, [7 x i8] } { i8 -1, [7 x i8] undef }, { i8, [7 x i8] } { i8 -91, [7 x i8] undef }, { i8, [7 x i8] } { i8 111, [7 x i8] undef }, { i8, [7 x i8] } { i8 7, [7 x i8] undef }, { i8, [7 x i8] } { i8 -3, [7 x i8] undef }]], [4 x [5 x { i8, [7 x i8] }]] [[5 x { i8, [7 x i8] }] [{ i8, [7 x i8] } { i8 -20, [7 x i8] undef }, { i8, [7 x i8] } { i8 86, [7 x i8] undef }, { i8, [7 x i8] } { i8 9, [7 x i8] undef }, { i8, [7 x i8] } { i8 -10, [7 x i8] undef }, { i8, [7 x i8] } { i8 9, [7 x i8] undef }], [5 x { i8, [7 x i8] }] [{ i8, [7 x i8] } { i8 -1, [7 x i8] undef }, { i8, [7 x i8] } { i8 -1, [7 x i8] undef }, { i8, [7 x i8] } { i8 52, [7 x i8] undef }, { i8, [7 x i8] } { i8 0, [7 x i8] undef }, { i8, [7 x i8] } { i8 27, [7 x i8] undef }], [5 x { i8, [7 x i8] }] [{ i8, [7 x i8] } { i8 86, [7 x i8] undef }, { i8, [7 x i8] } { i8 0, [7 x i8] undef }, { i8, [7 x i8] } { i8 -18, [7 x i8] undef }, { i8, [7 x i8] } { i8 -32, [7 x i8] undef }, { i8, [7 x i8] } { i8 47, [7 x i8] undef }], [5 x { i8, [7 x i8] }] [{ i8, [7 x i8] } { i8 3, [7 x i8] undef }, { i8, [7 x i8] } { i8 -107, [7 x i8] undef }, { i8, [7 x i8] } { i8 -1, [7 x i8] undef }, { i8, [7 x i8] } { i8 -116, [7 x i8] undef }, { i8, [7 x i8] } { i8 -1, [7 x i8] undef }]], [4 x [5 x { i8, [7 x i8] }]] [[5 x { i8, [7 x i8] }] [{ i8, [7 x i8] } { i8 -10, [7 x i8] undef }, { i8, [7 x i8] } { i8 -32, [7 x i8] undef }, { i8, [7 x i8] } { i8 86, [7 x i8] undef }, { i8, [7 x i8] } { i8 86, [7 x i8] undef }, { i8, [7 x i8] } { i8 -32, [7 x i8] undef }], [5 x { i8, [7 x i8] }] [{ i8, [7 x i8] } { i8 43, [7 x i8] undef }, { i8, [7 x i8] } { i8 3, [7 x i8] undef }, { i8, [7 x i8] } { i8 -1, [7 x i8] undef }, { i8, [7 x i8] } { i8 4, [7 x i8] undef }, { i8, [7 x i8] } { i8 27, [7 x i8] undef }], [5 x { i8, [7 x i8] }] [{ i8, [7 x i8] } { i8 3, [7 x i8] undef }, { i8, [7 x i8] } { i8 9, [7 x i8] undef }, { i8, [7 x i8] } { i8 -20, [7 x i8] undef }, { i8, [7 x i8] } { i8 -10, [7 x i8] undef }, { i8, [7 x i8] } { i8 -9, [7 x i8] undef }], [5 x { i8, [7 x i8] }] [{ i8, [7 x i8] } { i8 7, [7 x i8] undef }, { i8, [7 x i8] } { i8 -116, [7 x i8] undef }, { i8, [7 x i8] } { i8 -1, [7 x i8] undef }, { i8, [7 x i8] } { i8 11, [7 x i8] undef }, { i8, [7 x i8] } { i8 52, [7 x i8] undef }]]], align 16
@g_1690 = internal global { i8, [7 x i8] } { i8 0, [7 x i8] undef }, align 8
@g_1865 = internal global { i8, [7 x i8] } { i8 0, [7 x i8] undef }, align 8
@g_1950 = internal global { i8, [7 x i8] } { i8 -1, [7 x i8] undef }, align 8
@g_2092 = internal global { i8, [7 x i8] } { i8 0, [7 x i8] undef }, align 8
@g_2095 = internal global { i8, [7 x i8] } { i8 3, [7 x i8] undef }, align 8
@g_2150 = internal global { i8, [7 x i8] } { i8 -1, [7 x i8] undef }, align 8
@g_2678 = internal global { i8, [7 x i8] } { i8 -115, [7 x i8] undef }, align 8
@g_2829 = internal global [4 x { i8, [7 x i8] }] [{ i8, [7 x i8] } { i8 -7, [7 x i8] undef }, { i8, [7 x i8] } { i8 -7, [7 x i8] undef }, { i8, [7 x i8] } { i8 -7, [7 x i8] undef }, { i8, [7 x i8] } { i8 -7, [7 x i8] undef }], align 16
@g_2887 = internal global { i8, [7 x i8] } { i8 -114, [7 x i8] undef }, align 8
@g_3036 = internal global { i8, [7 x i8] } { i8 -121, [7 x i8] undef }, align 8
@.str.94 = private unnamed_addr constant [15 x i8] c"checksum = %X\0A\00", align 1

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
  %16 = call i32 @strcmp(ptr noundef %15, ptr noundef @.str) #4
  %17 = icmp eq i32 %16, 0
  br i1 %17, label %18, label %19

18:                                               ; preds = %12
  store i32 1, ptr %9, align 4
  br label %19

19:                                               ; preds = %18, %12, %2
  call void @platform_main_begin()
  call void @crc32_gentab()
  %20 = call i64 @func_1()
  %21 = load volatile i32, ptr @g_2, align 4
  %22 = zext i32 %21 to i64
  %23 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %22, ptr noundef @.str.1, i32 noundef %23)
  %24 = load i8, ptr @g_4, align 1
  %25 = sext i8 %24 to i64
  %26 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %25, ptr noundef @.str.2, i32 noundef %26)
  %27 = load i32, ptr @g_7, align 4
  %28 = zext i32 %27 to i64
  %29 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %28, ptr noundef @.str.3, i32 noundef %29)
  store i32 0, ptr %6, align 4
  br label %30

30:                                               ; preds = %46, %19
  %31 = load i32, ptr %6, align 4
  %32 = icmp slt i32 %31, 2
  br i1 %32, label %33, label %49

33:                                               ; preds = %30
  %34 = load i32, ptr %6, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [2 x i8], ptr @g_21, i64 0, i64 %35
  %37 = load i8, ptr %36, align 1
  %38 = zext i8 %37 to i64
  %39 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %38, ptr noundef @.str.4, i32 noundef %39)
  %40 = load i32, ptr %9, align 4
  %41 = icmp ne i32 %40, 0
  br i1 %41, label %42, label %45

42:                                               ; preds = %33
  %43 = load i32, ptr %6, align 4
  %44 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %43)
  br label %45

45:                                               ; preds = %42, %33
  br label %46

46:                                               ; preds = %45
  %47 = load i32, ptr %6, align 4
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %6, align 4
  br label %30, !llvm.loop !6

49:                                               ; preds = %30
  %50 = load i32, ptr @g_24, align 4
  %51 = sext i32 %50 to i64
  %52 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %51, ptr noundef @.str.6, i32 noundef %52)
  %53 = load volatile i32, ptr @g_36, align 4
  %54 = sext i32 %53 to i64
  %55 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %54, ptr noundef @.str.7, i32 noundef %55)
  %56 = load i32, ptr @g_37, align 4
  %57 = sext i32 %56 to i64
  %58 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %57, ptr noundef @.str.8, i32 noundef %58)
  %59 = load i8, ptr @g_136, align 8
  %60 = zext i8 %59 to i64
  %61 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %60, ptr noundef @.str.9, i32 noundef %61)
  %62 = load i64, ptr @g_142, align 8
  %63 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %62, ptr noundef @.str.10, i32 noundef %63)
  store i32 0, ptr %6, align 4
  br label %64

64:                                               ; preds = %92, %49
  %65 = load i32, ptr %6, align 4
  %66 = icmp slt i32 %65, 1
  br i1 %66, label %67, label %95

67:                                               ; preds = %64
  store i32 0, ptr %7, align 4
  br label %68

68:                                               ; preds = %88, %67
  %69 = load i32, ptr %7, align 4
  %70 = icmp slt i32 %69, 2
  br i1 %70, label %71, label %91

71:                                               ; preds = %68
  %72 = load i32, ptr %6, align 4
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds [1 x [2 x i8]], ptr @g_144, i64 0, i64 %73
  %75 = load i32, ptr %7, align 4
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds [2 x i8], ptr %74, i64 0, i64 %76
  %78 = load i8, ptr %77, align 1
  %79 = zext i8 %78 to i64
  %80 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %79, ptr noundef @.str.11, i32 noundef %80)
  %81 = load i32, ptr %9, align 4
  %82 = icmp ne i32 %81, 0
  br i1 %82, label %83, label %87

83:                                               ; preds = %71
  %84 = load i32, ptr %6, align 4
  %85 = load i32, ptr %7, align 4
  %86 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %84, i32 noundef %85)
  br label %87

87:                                               ; preds = %83, %71
  br label %88

88:                                               ; preds = %87
  %89 = load i32, ptr %7, align 4
  %90 = add nsw i32 %89, 1
  store i32 %90, ptr %7, align 4
  br label %68, !llvm.loop !8

91:                                               ; preds = %68
  br label %92

92:                                               ; preds = %91
  %93 = load i32, ptr %6, align 4
  %94 = add nsw i32 %93, 1
  store i32 %94, ptr %6, align 4
  br label %64, !llvm.loop !9

95:                                               ; preds = %64
  %96 = load i32, ptr @g_161, align 4
  %97 = sext i32 %96 to i64
  %98 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %97, ptr noundef @.str.13, i32 noundef %98)
  %99 = load i8, ptr @g_207, align 1
  %100 = sext i8 %99 to i64
  %101 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %100, ptr noundef @.str.14, i32 noundef %101)
  store i32 0, ptr %6, align 4
  br label %102

102:                                              ; preds = %130, %95
  %103 = load i32, ptr %6, align 4
  %104 = icmp slt i32 %103, 5
  br i1 %104, label %105, label %133

105:                                              ; preds = %102
  store i32 0, ptr %7, align 4
  br label %106

106:                                              ; preds = %126, %105
  %107 = load i32, ptr %7, align 4
  %108 = icmp slt i32 %107, 2
  br i1 %108, label %109, label %129

109:                                              ; preds = %106
  %110 = load i32, ptr %6, align 4
  %111 = sext i32 %110 to i64
  %112 = getelementptr inbounds [5 x [2 x i32]], ptr @g_208, i64 0, i64 %111
  %113 = load i32, ptr %7, align 4
  %114 = sext i32 %113 to i64
  %115 = getelementptr inbounds [2 x i32], ptr %112, i64 0, i64 %114
  %116 = load volatile i32, ptr %115, align 4
  %117 = sext i32 %116 to i64
  %118 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %117, ptr noundef @.str.15, i32 noundef %118)
  %119 = load i32, ptr %9, align 4
  %120 = icmp ne i32 %119, 0
  br i1 %120, label %121, label %125

121:                                              ; preds = %109
  %122 = load i32, ptr %6, align 4
  %123 = load i32, ptr %7, align 4
  %124 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %122, i32 noundef %123)
  br label %125

125:                                              ; preds = %121, %109
  br label %126

126:                                              ; preds = %125
  %127 = load i32, ptr %7, align 4
  %128 = add nsw i32 %127, 1
  store i32 %128, ptr %7, align 4
  br label %106, !llvm.loop !10

129:                                              ; preds = %106
  br label %130

130:                                              ; preds = %129
  %131 = load i32, ptr %6, align 4
  %132 = add nsw i32 %131, 1
  store i32 %132, ptr %6, align 4
  br label %102, !llvm.loop !11

133:                                              ; preds = %102
  %134 = load i16, ptr @g_221, align 2
  %135 = zext i16 %134 to i64
  %136 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %135, ptr noundef @.str.16, i32 noundef %136)
  %137 = load i16, ptr @g_246, align 2
  %138 = zext i16 %137 to i64
  %139 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %138, ptr noundef @.str.17, i32 noundef %139)
  %140 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 4, ptr noundef @.str.18, i32 noundef %140)
  %141 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 74, ptr noundef @.str.19, i32 noundef %141)
  %142 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 63948, ptr noundef @.str.20, i32 noundef %142)
  %143 = load i16, ptr @g_307, align 2
  %144 = sext i16 %143 to i64
  %145 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %144, ptr noundef @.str.21, i32 noundef %145)
  %146 = load i16, ptr @g_309, align 2
  %147 = sext i16 %146 to i64
  %148 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %147, ptr noundef @.str.22, i32 noundef %148)
  %149 = load i8, ptr @g_311, align 1
  %150 = sext i8 %149 to i64
  %151 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %150, ptr noundef @.str.23, i32 noundef %151)
  %152 = load i64, ptr @g_315, align 8
  %153 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %152, ptr noundef @.str.24, i32 noundef %153)
  store i32 0, ptr %6, align 4
  br label %154

154:                                              ; preds = %170, %133
  %155 = load i32, ptr %6, align 4
  %156 = icmp slt i32 %155, 7
  br i1 %156, label %157, label %173

157:                                              ; preds = %154
  %158 = load i32, ptr %6, align 4
  %159 = sext i32 %158 to i64
  %160 = getelementptr inbounds [7 x i32], ptr @g_342, i64 0, i64 %159
  %161 = load i32, ptr %160, align 4
  %162 = zext i32 %161 to i64
  %163 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %162, ptr noundef @.str.25, i32 noundef %163)
  %164 = load i32, ptr %9, align 4
  %165 = icmp ne i32 %164, 0
  br i1 %165, label %166, label %169

166:                                              ; preds = %157
  %167 = load i32, ptr %6, align 4
  %168 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %167)
  br label %169

169:                                              ; preds = %166, %157
  br label %170

170:                                              ; preds = %169
  %171 = load i32, ptr %6, align 4
  %172 = add nsw i32 %171, 1
  store i32 %172, ptr %6, align 4
  br label %154, !llvm.loop !12

173:                                              ; preds = %154
  %174 = load volatile i32, ptr @g_399, align 4
  %175 = sext i32 %174 to i64
  %176 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %175, ptr noundef @.str.26, i32 noundef %176)
  %177 = load i16, ptr @g_497, align 2
  %178 = sext i16 %177 to i64
  %179 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %178, ptr noundef @.str.27, i32 noundef %179)
  %180 = load volatile i16, ptr @g_502, align 2
  %181 = zext i16 %180 to i64
  %182 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %181, ptr noundef @.str.28, i32 noundef %182)
  %183 = load volatile i8, ptr @g_538, align 1
  %184 = sext i8 %183 to i64
  %185 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %184, ptr noundef @.str.29, i32 noundef %185)
  %186 = load i8, ptr @g_551, align 1
  %187 = sext i8 %186 to i64
  %188 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %187, ptr noundef @.str.30, i32 noundef %188)
  %189 = load i64, ptr @g_556, align 8
  %190 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %189, ptr noundef @.str.31, i32 noundef %190)
  store i32 0, ptr %6, align 4
  br label %191

191:                                              ; preds = %219, %173
  %192 = load i32, ptr %6, align 4
  %193 = icmp slt i32 %192, 2
  br i1 %193, label %194, label %222

194:                                              ; preds = %191
  store i32 0, ptr %7, align 4
  br label %195

195:                                              ; preds = %215, %194
  %196 = load i32, ptr %7, align 4
  %197 = icmp slt i32 %196, 3
  br i1 %197, label %198, label %218

198:                                              ; preds = %195
  %199 = load i32, ptr %6, align 4
  %200 = sext i32 %199 to i64
  %201 = getelementptr inbounds [2 x [3 x %union.U0]], ptr @g_684, i64 0, i64 %200
  %202 = load i32, ptr %7, align 4
  %203 = sext i32 %202 to i64
  %204 = getelementptr inbounds [3 x %union.U0], ptr %201, i64 0, i64 %203
  %205 = load volatile i8, ptr %204, align 8
  %206 = zext i8 %205 to i64
  %207 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %206, ptr noundef @.str.32, i32 noundef %207)
  %208 = load i32, ptr %9, align 4
  %209 = icmp ne i32 %208, 0
  br i1 %209, label %210, label %214

210:                                              ; preds = %198
  %211 = load i32, ptr %6, align 4
  %212 = load i32, ptr %7, align 4
  %213 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %211, i32 noundef %212)
  br label %214

214:                                              ; preds = %210, %198
  br label %215

215:                                              ; preds = %214
  %216 = load i32, ptr %7, align 4
  %217 = add nsw i32 %216, 1
  store i32 %217, ptr %7, align 4
  br label %195, !llvm.loop !13

218:                                              ; preds = %195
  br label %219

219:                                              ; preds = %218
  %220 = load i32, ptr %6, align 4
  %221 = add nsw i32 %220, 1
  store i32 %221, ptr %6, align 4
  br label %191, !llvm.loop !14

222:                                              ; preds = %191
  %223 = load i32, ptr @g_687, align 4
  %224 = sext i32 %223 to i64
  %225 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %224, ptr noundef @.str.33, i32 noundef %225)
  %226 = load volatile i8, ptr @g_751, align 8
  %227 = zext i8 %226 to i64
  %228 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %227, ptr noundef @.str.34, i32 noundef %228)
  %229 = load i32, ptr @g_755, align 4
  %230 = sext i32 %229 to i64
  %231 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %230, ptr noundef @.str.35, i32 noundef %231)
  store i32 0, ptr %6, align 4
  br label %232

232:                                              ; preds = %247, %222
  %233 = load i32, ptr %6, align 4
  %234 = icmp slt i32 %233, 4
  br i1 %234, label %235, label %250

235:                                              ; preds = %232
  %236 = load i32, ptr %6, align 4
  %237 = sext i32 %236 to i64
  %238 = getelementptr inbounds [4 x i64], ptr @g_1124, i64 0, i64 %237
  %239 = load i64, ptr %238, align 8
  %240 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %239, ptr noundef @.str.36, i32 noundef %240)
  %241 = load i32, ptr %9, align 4
  %242 = icmp ne i32 %241, 0
  br i1 %242, label %243, label %246

243:                                              ; preds = %235
  %244 = load i32, ptr %6, align 4
  %245 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %244)
  br label %246

246:                                              ; preds = %243, %235
  br label %247

247:                                              ; preds = %246
  %248 = load i32, ptr %6, align 4
  %249 = add nsw i32 %248, 1
  store i32 %249, ptr %6, align 4
  br label %232, !llvm.loop !15

250:                                              ; preds = %232
  %251 = load volatile i8, ptr @g_1154, align 8
  %252 = zext i8 %251 to i64
  %253 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %252, ptr noundef @.str.37, i32 noundef %253)
  %254 = load i64, ptr @g_1237, align 8
  %255 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %254, ptr noundef @.str.38, i32 noundef %255)
  store i32 0, ptr %6, align 4
  br label %256

256:                                              ; preds = %296, %250
  %257 = load i32, ptr %6, align 4
  %258 = icmp slt i32 %257, 4
  br i1 %258, label %259, label %299

259:                                              ; preds = %256
  store i32 0, ptr %7, align 4
  br label %260

260:                                              ; preds = %292, %259
  %261 = load i32, ptr %7, align 4
  %262 = icmp slt i32 %261, 4
  br i1 %262, label %263, label %295

263:                                              ; preds = %260
  store i32 0, ptr %8, align 4
  br label %264

264:                                              ; preds = %288, %263
  %265 = load i32, ptr %8, align 4
  %266 = icmp slt i32 %265, 5
  br i1 %266, label %267, label %291

267:                                              ; preds = %264
  %268 = load i32, ptr %6, align 4
  %269 = sext i32 %268 to i64
  %270 = getelementptr inbounds [4 x [4 x [5 x %union.U0]]], ptr @g_1277, i64 0, i64 %269
  %271 = load i32, ptr %7, align 4
  %272 = sext i32 %271 to i64
  %273 = getelementptr inbounds [4 x [5 x %union.U0]], ptr %270, i64 0, i64 %272
  %274 = load i32, ptr %8, align 4
  %275 = sext i32 %274 to i64
  %276 = getelementptr inbounds [5 x %union.U0], ptr %273, i64 0, i64 %275
  %277 = load i8, ptr %276, align 8
  %278 = zext i8 %277 to i64
  %279 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %278, ptr noundef @.str.39, i32 noundef %279)
  %280 = load i32, ptr %9, align 4
  %281 = icmp ne i32 %280, 0
  br i1 %281, label %282, label %287

282:                                              ; preds = %267
  %283 = load i32, ptr %6, align 4
  %284 = load i32, ptr %7, align 4
  %285 = load i32, ptr %8, align 4
  %286 = call i32 (ptr, ...) @printf(ptr noundef @.str.40, i32 noundef %283, i32 noundef %284, i32 noundef %285)
  br label %287

287:                                              ; preds = %282, %267
  br label %288

288:                                              ; preds = %287
  %289 = load i32, ptr %8, align 4
  %290 = add nsw i32 %289, 1
  store i32 %290, ptr %8, align 4
  br label %264, !llvm.loop !16

291:                                              ; preds = %264
  br label %292

292:                                              ; preds = %291
  %293 = load i32, ptr %7, align 4
  %294 = add nsw i32 %293, 1
  store i32 %294, ptr %7, align 4
  br label %260, !llvm.loop !17

295:                                              ; preds = %260
  br label %296

296:                                              ; preds = %295
  %297 = load i32, ptr %6, align 4
  %298 = add nsw i32 %297, 1
  store i32 %298, ptr %6, align 4
  br label %256, !llvm.loop !18

299:                                              ; preds = %256
  %300 = load volatile i64, ptr @g_1317, align 8
  %301 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %300, ptr noundef @.str.41, i32 noundef %301)
  %302 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 8, ptr noundef @.str.42, i32 noundef %302)
  %303 = load volatile i32, ptr @g_1599, align 4
  %304 = zext i32 %303 to i64
  %305 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %304, ptr noundef @.str.43, i32 noundef %305)
  %306 = load i8, ptr @g_1624, align 1
  %307 = zext i8 %306 to i64
  %308 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %307, ptr noundef @.str.44, i32 noundef %308)
  %309 = load i32, ptr @g_1632, align 4
  %310 = sext i32 %309 to i64
  %311 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %310, ptr noundef @.str.45, i32 noundef %311)
  %312 = load i64, ptr @g_1683, align 8
  %313 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %312, ptr noundef @.str.46, i32 noundef %313)
  %314 = load volatile i8, ptr @g_1690, align 8
  %315 = zext i8 %314 to i64
  %316 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %315, ptr noundef @.str.47, i32 noundef %316)
  %317 = load i64, ptr @g_1709, align 8
  %318 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %317, ptr noundef @.str.48, i32 noundef %318)
  %319 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 4294967295, ptr noundef @.str.49, i32 noundef %319)
  store i32 0, ptr %6, align 4
  br label %320

320:                                              ; preds = %360, %299
  %321 = load i32, ptr %6, align 4
  %322 = icmp slt i32 %321, 3
  br i1 %322, label %323, label %363

323:                                              ; preds = %320
  store i32 0, ptr %7, align 4
  br label %324

324:                                              ; preds = %356, %323
  %325 = load i32, ptr %7, align 4
  %326 = icmp slt i32 %325, 4
  br i1 %326, label %327, label %359

327:                                              ; preds = %324
  store i32 0, ptr %8, align 4
  br label %328

328:                                              ; preds = %352, %327
  %329 = load i32, ptr %8, align 4
  %330 = icmp slt i32 %329, 1
  br i1 %330, label %331, label %355

331:                                              ; preds = %328
  %332 = load i32, ptr %6, align 4
  %333 = sext i32 %332 to i64
  %334 = getelementptr inbounds [3 x [4 x [1 x i32]]], ptr @g_1759, i64 0, i64 %333
  %335 = load i32, ptr %7, align 4
  %336 = sext i32 %335 to i64
  %337 = getelementptr inbounds [4 x [1 x i32]], ptr %334, i64 0, i64 %336
  %338 = load i32, ptr %8, align 4
  %339 = sext i32 %338 to i64
  %340 = getelementptr inbounds [1 x i32], ptr %337, i64 0, i64 %339
  %341 = load i32, ptr %340, align 4
  %342 = zext i32 %341 to i64
  %343 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %342, ptr noundef @.str.50, i32 noundef %343)
  %344 = load i32, ptr %9, align 4
  %345 = icmp ne i32 %344, 0
  br i1 %345, label %346, label %351

346:                                              ; preds = %331
  %347 = load i32, ptr %6, align 4
  %348 = load i32, ptr %7, align 4
  %349 = load i32, ptr %8, align 4
  %350 = call i32 (ptr, ...) @printf(ptr noundef @.str.40, i32 noundef %347, i32 noundef %348, i32 noundef %349)
  br label %351

351:                                              ; preds = %346, %331
  br label %352

352:                                              ; preds = %351
  %353 = load i32, ptr %8, align 4
  %354 = add nsw i32 %353, 1
  store i32 %354, ptr %8, align 4
  br label %328, !llvm.loop !19

355:                                              ; preds = %328
  br label %356

356:                                              ; preds = %355
  %357 = load i32, ptr %7, align 4
  %358 = add nsw i32 %357, 1
  store i32 %358, ptr %7, align 4
  br label %324, !llvm.loop !20

359:                                              ; preds = %324
  br label %360

360:                                              ; preds = %359
  %361 = load i32, ptr %6, align 4
  %362 = add nsw i32 %361, 1
  store i32 %362, ptr %6, align 4
  br label %320, !llvm.loop !21

363:                                              ; preds = %320
  %364 = load i64, ptr @g_1844, align 8
  %365 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %364, ptr noundef @.str.51, i32 noundef %365)
  %366 = load i8, ptr @g_1865, align 8
  %367 = zext i8 %366 to i64
  %368 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %367, ptr noundef @.str.52, i32 noundef %368)
  %369 = load volatile i32, ptr @g_1865, align 8
  %370 = zext i32 %369 to i64
  %371 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %370, ptr noundef @.str.53, i32 noundef %371)
  %372 = load i16, ptr @g_1865, align 8
  %373 = shl i16 %372, 6
  %374 = ashr i16 %373, 6
  %375 = sext i16 %374 to i32
  %376 = sext i32 %375 to i64
  %377 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %376, ptr noundef @.str.54, i32 noundef %377)
  %378 = load i32, ptr @g_1865, align 8
  %379 = zext i32 %378 to i64
  %380 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %379, ptr noundef @.str.55, i32 noundef %380)
  %381 = load volatile i64, ptr @g_1866, align 8
  %382 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %381, ptr noundef @.str.56, i32 noundef %382)
  %383 = load i8, ptr @g_1950, align 8
  %384 = zext i8 %383 to i64
  %385 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %384, ptr noundef @.str.57, i32 noundef %385)
  %386 = load i8, ptr @g_2077, align 1
  %387 = zext i8 %386 to i64
  %388 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %387, ptr noundef @.str.58, i32 noundef %388)
  %389 = load i8, ptr @g_2092, align 8
  %390 = zext i8 %389 to i64
  %391 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %390, ptr noundef @.str.59, i32 noundef %391)
  %392 = load i8, ptr @g_2095, align 8
  %393 = zext i8 %392 to i64
  %394 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %393, ptr noundef @.str.60, i32 noundef %394)
  %395 = load volatile i8, ptr @g_2150, align 8
  %396 = zext i8 %395 to i64
  %397 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %396, ptr noundef @.str.61, i32 noundef %397)
  %398 = load i16, ptr @g_2177, align 2
  %399 = zext i16 %398 to i64
  %400 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %399, ptr noundef @.str.62, i32 noundef %400)
  %401 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 1, ptr noundef @.str.63, i32 noundef %401)
  %402 = load volatile i16, ptr @g_2558, align 2
  %403 = sext i16 %402 to i64
  %404 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %403, ptr noundef @.str.64, i32 noundef %404)
  %405 = load i8, ptr @g_2678, align 8
  %406 = zext i8 %405 to i64
  %407 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %406, ptr noundef @.str.65, i32 noundef %407)
  %408 = load i8, ptr @g_2692, align 1
  %409 = sext i8 %408 to i64
  %410 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %409, ptr noundef @.str.66, i32 noundef %410)
  store i32 0, ptr %6, align 4
  br label %411

411:                                              ; preds = %427, %363
  %412 = load i32, ptr %6, align 4
  %413 = icmp slt i32 %412, 10
  br i1 %413, label %414, label %430

414:                                              ; preds = %411
  %415 = load i32, ptr %6, align 4
  %416 = sext i32 %415 to i64
  %417 = getelementptr inbounds [10 x i32], ptr @g_2750, i64 0, i64 %416
  %418 = load i32, ptr %417, align 4
  %419 = sext i32 %418 to i64
  %420 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %419, ptr noundef @.str.67, i32 noundef %420)
  %421 = load i32, ptr %9, align 4
  %422 = icmp ne i32 %421, 0
  br i1 %422, label %423, label %426

423:                                              ; preds = %414
  %424 = load i32, ptr %6, align 4
  %425 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %424)
  br label %426

426:                                              ; preds = %423, %414
  br label %427

427:                                              ; preds = %426
  %428 = load i32, ptr %6, align 4
  %429 = add nsw i32 %428, 1
  store i32 %429, ptr %6, align 4
  br label %411, !llvm.loop !22

430:                                              ; preds = %411
  %431 = load i8, ptr @g_2819, align 1
  %432 = sext i8 %431 to i64
  %433 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %432, ptr noundef @.str.68, i32 noundef %433)
  store i32 0, ptr %6, align 4
  br label %434

434:                                              ; preds = %450, %430
  %435 = load i32, ptr %6, align 4
  %436 = icmp slt i32 %435, 4
  br i1 %436, label %437, label %453

437:                                              ; preds = %434
  %438 = load i32, ptr %6, align 4
  %439 = sext i32 %438 to i64
  %440 = getelementptr inbounds [4 x %union.U0], ptr @g_2829, i64 0, i64 %439
  %441 = load i8, ptr %440, align 8
  %442 = zext i8 %441 to i64
  %443 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %442, ptr noundef @.str.69, i32 noundef %443)
  %444 = load i32, ptr %9, align 4
  %445 = icmp ne i32 %444, 0
  br i1 %445, label %446, label %449

446:                                              ; preds = %437
  %447 = load i32, ptr %6, align 4
  %448 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %447)
  br label %449

449:                                              ; preds = %446, %437
  br label %450

450:                                              ; preds = %449
  %451 = load i32, ptr %6, align 4
  %452 = add nsw i32 %451, 1
  store i32 %452, ptr %6, align 4
  br label %434, !llvm.loop !23

453:                                              ; preds = %434
  %454 = load i8, ptr @g_2887, align 8
  %455 = zext i8 %454 to i64
  %456 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %455, ptr noundef @.str.70, i32 noundef %456)
  store i32 0, ptr %6, align 4
  br label %457

457:                                              ; preds = %485, %453
  %458 = load i32, ptr %6, align 4
  %459 = icmp slt i32 %458, 2
  br i1 %459, label %460, label %488

460:                                              ; preds = %457
  store i32 0, ptr %7, align 4
  br label %461

461:                                              ; preds = %481, %460
  %462 = load i32, ptr %7, align 4
  %463 = icmp slt i32 %462, 7
  br i1 %463, label %464, label %484

464:                                              ; preds = %461
  %465 = load i32, ptr %6, align 4
  %466 = sext i32 %465 to i64
  %467 = getelementptr inbounds [2 x [7 x i8]], ptr @g_2937, i64 0, i64 %466
  %468 = load i32, ptr %7, align 4
  %469 = sext i32 %468 to i64
  %470 = getelementptr inbounds [7 x i8], ptr %467, i64 0, i64 %469
  %471 = load i8, ptr %470, align 1
  %472 = sext i8 %471 to i64
  %473 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %472, ptr noundef @.str.71, i32 noundef %473)
  %474 = load i32, ptr %9, align 4
  %475 = icmp ne i32 %474, 0
  br i1 %475, label %476, label %480

476:                                              ; preds = %464
  %477 = load i32, ptr %6, align 4
  %478 = load i32, ptr %7, align 4
  %479 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %477, i32 noundef %478)
  br label %480

480:                                              ; preds = %476, %464
  br label %481

481:                                              ; preds = %480
  %482 = load i32, ptr %7, align 4
  %483 = add nsw i32 %482, 1
  store i32 %483, ptr %7, align 4
  br label %461, !llvm.loop !24

484:                                              ; preds = %461
  br label %485

485:                                              ; preds = %484
  %486 = load i32, ptr %6, align 4
  %487 = add nsw i32 %486, 1
  store i32 %487, ptr %6, align 4
  br label %457, !llvm.loop !25

488:                                              ; preds = %457
  %489 = load i8, ptr @g_3036, align 8
  %490 = zext i8 %489 to i64
  %491 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %490, ptr noundef @.str.72, i32 noundef %491)
  store i32 0, ptr %6, align 4
  br label %492

492:                                              ; preds = %508, %488
  %493 = load i32, ptr %6, align 4
  %494 = icmp slt i32 %493, 9
  br i1 %494, label %495, label %511

495:                                              ; preds = %492
  %496 = load i32, ptr %6, align 4
  %497 = sext i32 %496 to i64
  %498 = getelementptr inbounds [9 x i16], ptr @g_3055, i64 0, i64 %497
  %499 = load i16, ptr %498, align 2
  %500 = sext i16 %499 to i64
  %501 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %500, ptr noundef @.str.73, i32 noundef %501)
  %502 = load i32, ptr %9, align 4
  %503 = icmp ne i32 %502, 0
  br i1 %503, label %504, label %507

504:                                              ; preds = %495
  %505 = load i32, ptr %6, align 4
  %506 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %505)
  br label %507

507:                                              ; preds = %504, %495
  br label %508

508:                                              ; preds = %507
  %509 = load i32, ptr %6, align 4
  %510 = add nsw i32 %509, 1
  store i32 %510, ptr %6, align 4
  br label %492, !llvm.loop !26

511:                                              ; preds = %492
  store i32 0, ptr %6, align 4
  br label %512

512:                                              ; preds = %528, %511
  %513 = load i32, ptr %6, align 4
  %514 = icmp slt i32 %513, 5
  br i1 %514, label %515, label %531

515:                                              ; preds = %512
  %516 = load i32, ptr %6, align 4
  %517 = sext i32 %516 to i64
  %518 = getelementptr inbounds [5 x i8], ptr @g_3063, i64 0, i64 %517
  %519 = load volatile i8, ptr %518, align 1
  %520 = zext i8 %519 to i64
  %521 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %520, ptr noundef @.str.74, i32 noundef %521)
  %522 = load i32, ptr %9, align 4
  %523 = icmp ne i32 %522, 0
  br i1 %523, label %524, label %527

524:                                              ; preds = %515
  %525 = load i32, ptr %6, align 4
  %526 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %525)
  br label %527

527:                                              ; preds = %524, %515
  br label %528

528:                                              ; preds = %527
  %529 = load i32, ptr %6, align 4
  %530 = add nsw i32 %529, 1
  store i32 %530, ptr %6, align 4
  br label %512, !llvm.loop !27

531:                                              ; preds = %512
  %532 = load i8, ptr @g_3101, align 1
  %533 = zext i8 %532 to i64
  %534 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %533, ptr noundef @.str.75, i32 noundef %534)
  %535 = load i32, ptr @g_3133, align 4
  %536 = sext i32 %535 to i64
  %537 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %536, ptr noundef @.str.76, i32 noundef %537)
  %538 = load i32, ptr @crc32_context, align 4
  %539 = zext i32 %538 to i64
  %540 = xor i64 %539, 4294967295
  %541 = trunc i64 %540 to i32
  %542 = load i32, ptr %9, align 4
  call void @platform_main_end(i32 noundef %541, i32 noundef %542)
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
  br label %10, !llvm.loop !28

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
  br label %5, !llvm.loop !29

36:                                               ; preds = %5
  ret void
}

; Function Attrs: noinline nounwind uwtable
define internal i64 @func_1() #0 {
  %1 = alloca ptr, align 8
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  %14 = alloca i32, align 4
  %15 = alloca ptr, align 8
  %16 = alloca i16, align 2
  %17 = alloca ptr, align 8
  %18 = alloca ptr, align 8
  %19 = alloca i64, align 8
  %20 = alloca ptr, align 8
  %21 = alloca ptr, align 8
  %22 = alloca ptr, align 8
  %23 = alloca ptr, align 8
  %24 = alloca i32, align 4
  %25 = alloca ptr, align 8
  store ptr @g_4, ptr %1, align 8
  store i32 -121129530, ptr %2, align 4
  store ptr @g_7, ptr %3, align 8
  store i32 0, ptr %4, align 4
  store ptr @g_2133, ptr %5, align 8
  store i32 239465857, ptr %6, align 4
  store ptr @g_342, ptr %7, align 8
  store ptr @g_1865, ptr %8, align 8
  store ptr @g_1709, ptr %9, align 8
  store i32 3, ptr %10, align 4
  store i32 -6, ptr %11, align 4
  %26 = load volatile i32, ptr @g_2, align 4
  %27 = load i32, ptr %2, align 4
  %28 = load ptr, ptr %3, align 8
  %29 = load i32, ptr %28, align 4
  %30 = xor i32 %29, %27
  store i32 %30, ptr %28, align 4
  %31 = load ptr, ptr %3, align 8
  %32 = icmp ne ptr %31, @g_7
  %33 = zext i1 %32 to i32
  %34 = sext i32 %33 to i64
  %35 = and i64 %34, 0
  %36 = load volatile i32, ptr @g_2, align 4
  %37 = load i32, ptr %4, align 4
  %38 = zext i32 %37 to i64
  %39 = and i64 %35, %38
  %40 = icmp uge i64 %39, 1013775657378961980
  %41 = zext i1 %40 to i32
  %42 = sext i32 %41 to i64
  %43 = icmp eq i64 %42, 20
  %44 = zext i1 %43 to i32
  %45 = load i32, ptr %2, align 4
  %46 = load i32, ptr %2, align 4
  %47 = trunc i32 %46 to i8
  %48 = load i32, ptr %4, align 4
  %49 = call ptr @func_13(i32 noundef %44, i32 noundef %45, i8 noundef zeroext %47, i32 noundef %48)
  %50 = load i32, ptr %4, align 4
  %51 = trunc i32 %50 to i8
  %52 = call ptr @func_8(ptr noundef @g_4, ptr noundef @g_4, ptr noundef %49, i8 noundef zeroext %51)
  %53 = load ptr, ptr @g_1065, align 8
  store ptr %52, ptr %53, align 8
  %54 = icmp ne ptr @g_4, %52
  %55 = zext i1 %54 to i32
  %56 = load i32, ptr %2, align 4
  %57 = load i32, ptr %2, align 4
  %58 = icmp slt i32 %56, %57
  br i1 %58, label %59, label %120

59:                                               ; preds = %0
  store ptr @g_2133, ptr %12, align 8
  store ptr %12, ptr %13, align 8
  store i32 658030991, ptr %14, align 4
  store ptr @g_1624, ptr %15, align 8
  store i16 8515, ptr %16, align 2
  store ptr null, ptr %17, align 8
  store ptr %14, ptr %18, align 8
  %60 = load ptr, ptr @g_419, align 8
  %61 = load i16, ptr %60, align 2
  %62 = load i32, ptr %2, align 4
  %63 = load i32, ptr %4, align 4
  %64 = call i32 @safe_mod_func_uint32_t_u_u(i32 noundef %62, i32 noundef %63)
  %65 = trunc i32 %64 to i16
  %66 = call signext i16 @safe_mul_func_int16_t_s_s(i16 noundef signext %61, i16 noundef signext %65)
  %67 = load volatile ptr, ptr @g_2516, align 8
  %68 = load ptr, ptr %67, align 8
  %69 = load volatile ptr, ptr %68, align 8
  %70 = icmp ne ptr %69, @g_2134
  %71 = zext i1 %70 to i32
  %72 = call signext i16 @safe_rshift_func_int16_t_s_u(i16 noundef signext %66, i32 noundef %71)
  %73 = sext i16 %72 to i32
  %74 = icmp ne i32 %73, 0
  br i1 %74, label %84, label %75

75:                                               ; preds = %59
  %76 = load ptr, ptr %5, align 8
  %77 = load ptr, ptr %5, align 8
  %78 = load ptr, ptr %13, align 8
  store ptr %77, ptr %78, align 8
  %79 = icmp ne ptr %76, %77
  %80 = zext i1 %79 to i32
  %81 = load i32, ptr %4, align 4
  %82 = xor i32 %80, %81
  %83 = icmp ne i32 %82, 0
  br label %84

84:                                               ; preds = %75, %59
  %85 = phi i1 [ true, %59 ], [ %83, %75 ]
  %86 = zext i1 %85 to i32
  %87 = load i8, ptr @g_3101, align 1
  %88 = add i8 %87, 1
  store i8 %88, ptr @g_3101, align 1
  %89 = load ptr, ptr %15, align 8
  %90 = load i8, ptr %89, align 1
  %91 = add i8 %90, -1
  store i8 %91, ptr %89, align 1
  %92 = zext i8 %91 to i32
  %93 = load ptr, ptr @g_1405, align 8
  %94 = load ptr, ptr %93, align 8
  %95 = load i64, ptr %94, align 8
  %96 = load ptr, ptr @g_1405, align 8
  %97 = load ptr, ptr %96, align 8
  store i64 %95, ptr %97, align 8
  %98 = load i32, ptr %14, align 4
  %99 = sext i32 %98 to i64
  %100 = icmp sgt i64 %95, %99
  %101 = zext i1 %100 to i32
  %102 = trunc i32 %101 to i8
  %103 = call signext i8 @safe_lshift_func_int8_t_s_u(i8 noundef signext %102, i32 noundef 5)
  %104 = icmp ne ptr null, %1
  %105 = zext i1 %104 to i32
  %106 = load i16, ptr @g_221, align 2
  %107 = load i16, ptr %16, align 2
  %108 = zext i16 %107 to i32
  %109 = load i16, ptr %16, align 2
  %110 = zext i16 %109 to i32
  %111 = icmp ne i32 %108, %110
  %112 = zext i1 %111 to i32
  %113 = icmp sgt i32 %92, %112
  %114 = zext i1 %113 to i32
  %115 = load ptr, ptr %18, align 8
  store i32 %114, ptr %115, align 4
  %116 = xor i32 %86, %114
  %117 = sext i32 %116 to i64
  %118 = xor i64 %117, 0
  %119 = trunc i64 %118 to i32
  store i32 %119, ptr %2, align 4
  br label %210

120:                                              ; preds = %0
  store i64 9, ptr %19, align 8
  store ptr null, ptr %20, align 8
  store ptr null, ptr %21, align 8
  store ptr getelementptr inbounds ([8 x [2 x ptr]], ptr @g_1399, i64 0, i64 6), ptr %22, align 8
  store ptr @g_4, ptr %23, align 8
  store i32 1, ptr %24, align 4
  store ptr @g_37, ptr %25, align 8
  %121 = load i32, ptr %6, align 4
  %122 = trunc i32 %121 to i16
  %123 = load i32, ptr %6, align 4
  %124 = icmp ne i32 %123, 0
  br i1 %124, label %125, label %170

125:                                              ; preds = %120
  %126 = load i64, ptr %19, align 8
  %127 = load ptr, ptr %3, align 8
  %128 = load ptr, ptr %22, align 8
  store ptr %127, ptr %128, align 8
  %129 = load ptr, ptr %3, align 8
  %130 = icmp eq ptr %127, %129
  %131 = zext i1 %130 to i32
  %132 = sext i32 %131 to i64
  %133 = load i8, ptr @g_2829, align 16
  %134 = zext i8 %133 to i64
  %135 = call i64 @safe_sub_func_uint64_t_u_u(i64 noundef %132, i64 noundef %134)
  %136 = trunc i64 %135 to i8
  %137 = call signext i8 @safe_rshift_func_int8_t_s_s(i8 noundef signext %136, i32 noundef 2)
  %138 = sext i8 %137 to i64
  %139 = icmp ne i64 %138, -3773439798235920912
  %140 = zext i1 %139 to i32
  %141 = sext i32 %140 to i64
  %142 = icmp ugt i64 %126, %141
  %143 = zext i1 %142 to i32
  %144 = trunc i32 %143 to i8
  %145 = load ptr, ptr %23, align 8
  %146 = icmp eq ptr null, %145
  br i1 %146, label %147, label %148

147:                                              ; preds = %125
  br label %148

148:                                              ; preds = %147, %125
  %149 = phi i1 [ false, %125 ], [ true, %147 ]
  %150 = zext i1 %149 to i32
  store i32 %150, ptr %2, align 4
  %151 = sext i32 %150 to i64
  %152 = load i64, ptr %19, align 8
  %153 = and i64 %151, %152
  %154 = icmp ne i64 %153, 0
  br i1 %154, label %155, label %160

155:                                              ; preds = %148
  %156 = load ptr, ptr @g_1405, align 8
  %157 = load ptr, ptr %156, align 8
  %158 = load i64, ptr %157, align 8
  %159 = icmp ne i64 %158, 0
  br label %160

160:                                              ; preds = %155, %148
  %161 = phi i1 [ false, %148 ], [ %159, %155 ]
  %162 = zext i1 %161 to i32
  %163 = trunc i32 %162 to i8
  %164 = load i32, ptr %24, align 4
  %165 = trunc i32 %164 to i8
  %166 = call zeroext i8 @safe_sub_func_uint8_t_u_u(i8 noundef zeroext %163, i8 noundef zeroext %165)
  %167 = call zeroext i8 @safe_sub_func_uint8_t_u_u(i8 noundef zeroext %144, i8 noundef zeroext %166)
  %168 = zext i8 %167 to i32
  %169 = icmp ne i32 %168, 0
  br label %170

170:                                              ; preds = %160, %120
  %171 = phi i1 [ false, %120 ], [ %169, %160 ]
  %172 = zext i1 %171 to i32
  %173 = load ptr, ptr @g_1105, align 8
  %174 = load ptr, ptr %173, align 8
  %175 = load ptr, ptr %174, align 8
  %176 = load i8, ptr %175, align 1
  %177 = zext i8 %176 to i32
  %178 = icmp eq i32 %172, %177
  %179 = zext i1 %178 to i32
  %180 = load i32, ptr @g_3133, align 4
  %181 = icmp eq i32 %179, %180
  %182 = zext i1 %181 to i32
  %183 = trunc i32 %182 to i16
  %184 = call zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext %122, i16 noundef zeroext %183)
  %185 = load ptr, ptr @g_1411, align 8
  store i16 %184, ptr %185, align 2
  %186 = zext i16 %184 to i32
  %187 = load ptr, ptr @g_301, align 8
  %188 = load i16, ptr %187, align 2
  %189 = zext i16 %188 to i32
  %190 = and i32 %186, %189
  %191 = trunc i32 %190 to i16
  %192 = load i32, ptr %24, align 4
  %193 = call zeroext i16 @safe_lshift_func_uint16_t_u_u(i16 noundef zeroext %191, i32 noundef %192)
  %194 = zext i16 %193 to i64
  %195 = call i64 @safe_unary_minus_func_int64_t_s(i64 noundef %194)
  %196 = load volatile ptr, ptr @g_2128, align 8
  %197 = load i32, ptr %196, align 4
  %198 = call i64 @safe_mod_func_uint64_t_u_u(i64 noundef 8240479228030142294, i64 noundef -3)
  %199 = trunc i64 %198 to i32
  %200 = load ptr, ptr @g_163, align 8
  %201 = load ptr, ptr %200, align 8
  store volatile i32 %199, ptr %201, align 4
  %202 = load i32, ptr %6, align 4
  %203 = load ptr, ptr @g_164, align 8
  store volatile i32 %202, ptr %203, align 4
  %204 = load ptr, ptr @g_162, align 8
  %205 = load ptr, ptr %204, align 8
  %206 = load ptr, ptr %205, align 8
  %207 = load ptr, ptr @g_163, align 8
  store ptr %206, ptr %207, align 8
  %208 = load ptr, ptr %25, align 8
  %209 = load ptr, ptr @g_178, align 8
  store ptr %208, ptr %209, align 8
  br label %210

210:                                              ; preds = %170, %84
  %211 = call signext i8 @safe_unary_minus_func_int8_t_s(i8 noundef signext 10)
  %212 = sext i8 %211 to i32
  %213 = load ptr, ptr @g_419, align 8
  %214 = load i16, ptr %213, align 2
  %215 = sext i16 %214 to i32
  %216 = icmp sge i32 %212, %215
  %217 = zext i1 %216 to i32
  %218 = trunc i32 %217 to i16
  %219 = load ptr, ptr @g_419, align 8
  store i16 %218, ptr %219, align 2
  %220 = load ptr, ptr %7, align 8
  %221 = load i32, ptr %220, align 4
  %222 = zext i32 %221 to i64
  %223 = or i64 %222, 230410607
  %224 = trunc i64 %223 to i32
  store i32 %224, ptr %220, align 4
  %225 = load i32, ptr %2, align 4
  %226 = load i32, ptr %2, align 4
  %227 = load ptr, ptr %8, align 8
  store i32 %226, ptr %227, align 4
  %228 = load i32, ptr %4, align 4
  %229 = zext i32 %228 to i64
  %230 = icmp sle i64 %229, 223
  %231 = zext i1 %230 to i32
  %232 = call i32 @safe_sub_func_uint32_t_u_u(i32 noundef %226, i32 noundef %231)
  %233 = icmp ne i32 %224, %232
  %234 = zext i1 %233 to i32
  %235 = trunc i32 %234 to i16
  %236 = call signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext %218, i16 noundef signext %235)
  %237 = trunc i16 %236 to i8
  %238 = load i32, ptr %4, align 4
  %239 = call signext i8 @safe_lshift_func_int8_t_s_u(i8 noundef signext %237, i32 noundef %238)
  %240 = sext i8 %239 to i32
  %241 = load ptr, ptr %9, align 8
  %242 = icmp eq ptr @g_1866, %241
  %243 = zext i1 %242 to i32
  %244 = load i32, ptr %4, align 4
  %245 = or i32 %243, %244
  store i32 %245, ptr %6, align 4
  %246 = load ptr, ptr @g_275, align 8
  %247 = load ptr, ptr %246, align 8
  %248 = load i8, ptr %247, align 1
  %249 = zext i8 %248 to i32
  %250 = icmp slt i32 %240, %249
  %251 = zext i1 %250 to i32
  %252 = load i32, ptr %2, align 4
  %253 = icmp sge i32 %251, %252
  %254 = zext i1 %253 to i32
  %255 = load i32, ptr %10, align 4
  %256 = and i32 %255, %254
  store i32 %256, ptr %10, align 4
  %257 = trunc i32 %256 to i8
  %258 = call zeroext i8 @safe_rshift_func_uint8_t_u_s(i8 noundef zeroext %257, i32 noundef 4)
  %259 = zext i8 %258 to i32
  %260 = load i32, ptr %11, align 4
  %261 = xor i32 %260, %259
  store i32 %261, ptr %11, align 4
  %262 = load i32, ptr %10, align 4
  %263 = sext i32 %262 to i64
  ret i64 %263
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
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str.77, ptr noundef %11, i64 noundef %14)
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
  %6 = call i32 (ptr, ...) @printf(ptr noundef @.str.94, i32 noundef %5)
  ret void
}

; Function Attrs: noinline nounwind uwtable
define internal ptr @func_8(ptr noundef %0, ptr noundef %1, ptr noundef %2, i8 noundef zeroext %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i8, align 1
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca ptr, align 8
  %12 = alloca [8 x [3 x [5 x i32]]], align 16
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca ptr, align 8
  %16 = alloca i16, align 2
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store i8 %3, ptr %8, align 1
  store ptr @g_2134, ptr %9, align 8
  store ptr %9, ptr %10, align 8
  store ptr @g_419, ptr %11, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %12, ptr align 16 @__const.func_8.l_2997, i64 480, i1 false)
  store i32 -329472961, ptr %13, align 4
  store i32 0, ptr %14, align 4
  store ptr null, ptr %15, align 8
  store i16 -5364, ptr %16, align 2
  %20 = load ptr, ptr %5, align 8
  ret ptr %20
}

; Function Attrs: noinline nounwind uwtable
define internal ptr @func_13(i32 noundef %0, i32 noundef %1, i8 noundef zeroext %2, i32 noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i8, align 1
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca [8 x ptr], align 16
  %11 = alloca i32, align 4
  store i32 %0, ptr %5, align 4
  store i32 %1, ptr %6, align 4
  store i8 %2, ptr %7, align 1
  store i32 %3, ptr %8, align 4
  store i32 1368886880, ptr %9, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %10, ptr align 16 @__const.func_13.l_25, i64 64, i1 false)
  store i32 0, ptr %6, align 4
  br label %12

12:                                               ; preds = %32, %4
  %13 = load i32, ptr %6, align 4
  %14 = icmp ult i32 %13, 2
  br i1 %14, label %15, label %35

15:                                               ; preds = %12
  store i8 0, ptr @g_4, align 1
  br label %16

16:                                               ; preds = %24, %15
  %17 = load i8, ptr @g_4, align 1
  %18 = sext i8 %17 to i32
  %19 = icmp slt i32 %18, 2
  br i1 %19, label %20, label %29

20:                                               ; preds = %16
  %21 = load i8, ptr @g_4, align 1
  %22 = sext i8 %21 to i64
  %23 = getelementptr inbounds [2 x i8], ptr @g_21, i64 0, i64 %22
  store i8 -18, ptr %23, align 1
  br label %24

24:                                               ; preds = %20
  %25 = load i8, ptr @g_4, align 1
  %26 = sext i8 %25 to i32
  %27 = add nsw i32 %26, 1
  %28 = trunc i32 %27 to i8
  store i8 %28, ptr @g_4, align 1
  br label %16, !llvm.loop !30

29:                                               ; preds = %16
  %30 = load i32, ptr %9, align 4
  %31 = load volatile ptr, ptr @g_23, align 8
  store i32 %30, ptr %31, align 4
  br label %32

32:                                               ; preds = %29
  %33 = load i32, ptr %6, align 4
  %34 = add i32 %33, 1
  store i32 %34, ptr %6, align 4
  br label %12, !llvm.loop !31

35:                                               ; preds = %12
  %36 = getelementptr inbounds [8 x ptr], ptr %10, i64 0, i64 3
  %37 = load ptr, ptr %36, align 8
  ret ptr %37
}

; Function Attrs: noinline nounwind uwtable
define internal signext i16 @safe_rshift_func_int16_t_s_u(i16 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2
  store i32 %1, ptr %4, align 4
  %5 = load i16, ptr %3, align 2
  %6 = sext i16 %5 to i32
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %11, label %8

8:                                                ; preds = %2
  %9 = load i32, ptr %4, align 4
  %10 = icmp uge i32 %9, 32
  br i1 %10, label %11, label %14

11:                                               ; preds = %8, %2
  %12 = load i16, ptr %3, align 2
  %13 = sext i16 %12 to i32
  br label %19

14:                                               ; preds = %8
  %15 = load i16, ptr %3, align 2
  %16 = sext i16 %15 to i32
  %17 = load i32, ptr %4, align 4
  %18 = ashr i32 %16, %17
  br label %19

19:                                               ; preds = %14, %11
  %20 = phi i32 [ %13, %11 ], [ %18, %14 ]
  %21 = trunc i32 %20 to i16
  ret i16 %21
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

; Function Attrs: noinline nounwind uwtable
define internal i64 @safe_unary_minus_func_int64_t_s(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = icmp eq i64 %3, -9223372036854775808
  br i1 %4, label %5, label %7

5:                                                ; preds = %1
  %6 = load i64, ptr %2, align 8
  br label %10

7:                                                ; preds = %1
  %8 = load i64, ptr %2, align 8
  %9 = sub nsw i64 0, %8
  br label %10

10:                                               ; preds = %7, %5
  %11 = phi i64 [ %6, %5 ], [ %9, %7 ]
  ret i64 %11
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
define internal signext i8 @safe_unary_minus_func_int8_t_s(i8 noundef signext %0) #0 {
  %2 = alloca i8, align 1
  store i8 %0, ptr %2, align 1
  %3 = load i8, ptr %2, align 1
  %4 = sext i8 %3 to i32
  %5 = sub nsw i32 0, %4
  %6 = trunc i32 %5 to i8
  ret i8 %6
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

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

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
attributes #4 = { nounwind willreturn memory(read) }

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
