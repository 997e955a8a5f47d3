; ModuleID = 'cs1000001.c'
source_filename = "cs1000001.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [2 x i8] c"1\00", align 1
@g_2 = internal global [7 x i32] [i32 1250716243, i32 1250716243, i32 1250716243, i32 1250716243, i32 1250716243, i32 1250716243, i32 1250716243], align 16
@.str.1 = private unnamed_addr constant [7 x i8] c"g_2[i]\00", align 1
@.str.2 = private unnamed_addr constant [14 x i8] c"index = [%d]\0A\00", align 1
@g_5 = internal global i32 -2002700367, align 4
@.str.3 = private unnamed_addr constant [4 x i8] c"g_5\00", align 1
@g_6 = internal global i32 1, align 4
@.str.4 = private unnamed_addr constant [4 x i8] c"g_6\00", align 1
@g_55 = internal global i32 -864764038, align 4
@.str.5 = private unnamed_addr constant [5 x i8] c"g_55\00", align 1
@g_56 = internal global i32 964419153, align 4
@.str.6 = private unnamed_addr constant [5 x i8] c"g_56\00", align 1
@g_73 = internal global i16 18463, align 2
@.str.7 = private unnamed_addr constant [5 x i8] c"g_73\00", align 1
@g_78 = internal global i32 640706366, align 4
@.str.8 = private unnamed_addr constant [5 x i8] c"g_78\00", align 1
@g_93 = internal global i32 -1032085751, align 4
@.str.9 = private unnamed_addr constant [5 x i8] c"g_93\00", align 1
@g_105 = internal global i64 9, align 8
@.str.10 = private unnamed_addr constant [6 x i8] c"g_105\00", align 1
@g_111 = internal global i16 -3541, align 2
@.str.11 = private unnamed_addr constant [6 x i8] c"g_111\00", align 1
@g_141 = internal global [5 x [4 x [2 x i8]]] [[4 x [2 x i8]] [[2 x i8] c"\91\91", [2 x i8] c"\91\91", [2 x i8] c"\91\91", [2 x i8] c"\91\91"], [4 x [2 x i8]] [[2 x i8] c"\91\91", [2 x i8] c"\91\91", [2 x i8] c"\91\91", [2 x i8] c"\91\91"], [4 x [2 x i8]] [[2 x i8] c"\91\91", [2 x i8] c"\91\91", [2 x i8] c"\91\91", [2 x i8] c"\91\91"], [4 x [2 x i8]] [[2 x i8] c"\91\91", [2 x i8] c"\91\91", [2 x i8] c"\91\91", [2 x i8] c"\91\91"], [4 x [2 x i8]] [[2 x i8] c"\91\91", [2 x i8] c"\91\91", [2 x i8] c"\91\91", [2 x i8] c"\91\91"]], align 16
@.str.12 = private unnamed_addr constant [15 x i8] c"g_141[i][j][k]\00", align 1
@.str.13 = private unnamed_addr constant [22 x i8] c"index = [%d][%d][%d]\0A\00", align 1
@g_142 = internal global i32 1468337156, align 4
@.str.14 = private unnamed_addr constant [6 x i8] c"g_142\00", align 1
@g_143 = internal global i32 415728920, align 4
@.str.15 = private unnamed_addr constant [6 x i8] c"g_143\00", align 1
@g_145 = internal global i16 1, align 2
@.str.16 = private unnamed_addr constant [6 x i8] c"g_145\00", align 1
@g_146 = internal global i32 -1, align 4
@.str.17 = private unnamed_addr constant [6 x i8] c"g_146\00", align 1
@g_149 = internal global i32 -3, align 4
@.str.18 = private unnamed_addr constant [6 x i8] c"g_149\00", align 1
@g_158 = internal constant [8 x i32] [i32 1979215476, i32 1979215476, i32 1979215476, i32 1979215476, i32 1979215476, i32 1979215476, i32 1979215476, i32 1979215476], align 16
@.str.19 = private unnamed_addr constant [9 x i8] c"g_158[i]\00", align 1
@g_200 = internal global i8 -55, align 1
@.str.20 = private unnamed_addr constant [6 x i8] c"g_200\00", align 1
@g_210 = internal global i64 0, align 8
@.str.21 = private unnamed_addr constant [6 x i8] c"g_210\00", align 1
@g_213 = internal global i64 6969502286478610787, align 8
@.str.22 = private unnamed_addr constant [6 x i8] c"g_213\00", align 1
@g_217 = internal global i8 0, align 1
@.str.23 = private unnamed_addr constant [6 x i8] c"g_217\00", align 1
@g_270 = internal global i32 831563363, align 4
@.str.24 = private unnamed_addr constant [6 x i8] c"g_270\00", align 1
@g_287 = internal global i16 29134, align 2
@.str.25 = private unnamed_addr constant [6 x i8] c"g_287\00", align 1
@g_291 = internal global i64 6917319973259785268, align 8
@.str.26 = private unnamed_addr constant [6 x i8] c"g_291\00", align 1
@g_292 = internal global [7 x i16] [i16 13319, i16 13319, i16 13319, i16 13319, i16 13319, i16 13319, i16 13319], align 2
@.str.27 = private unnamed_addr constant [9 x i8] c"g_292[i]\00", align 1
@g_306 = internal global [5 x [10 x i16]] [[10 x i16] [i16 -29026, i16 -17115, i16 24264, i16 -17115, i16 -29026, i16 -1, i16 -1, i16 -29026, i16 -17115, i16 24264], [10 x i16] [i16 25441, i16 25441, i16 24264, i16 -29026, i16 0, i16 -29026, i16 24264, i16 25441, i16 25441, i16 24264], [10 x i16] [i16 -17115, i16 -29026, i16 -1, i16 -1, i16 -29026, i16 -17115, i16 24264, i16 -17115, i16 -29026, i16 -1], [10 x i16] [i16 -21830, i16 25441, i16 -21830, i16 -1, i16 24264, i16 24264, i16 -1, i16 -21830, i16 25441, i16 -21830], [10 x i16] [i16 -21830, i16 -17115, i16 25441, i16 -29026, i16 25441, i16 -17115, i16 -21830, i16 -21830, i16 -17115, i16 25441]], align 16
@.str.28 = private unnamed_addr constant [12 x i8] c"g_306[i][j]\00", align 1
@.str.29 = private unnamed_addr constant [18 x i8] c"index = [%d][%d]\0A\00", align 1
@g_307 = internal global i64 9, align 8
@.str.30 = private unnamed_addr constant [6 x i8] c"g_307\00", align 1
@g_322 = internal global i32 -3, align 4
@.str.31 = private unnamed_addr constant [6 x i8] c"g_322\00", align 1
@g_341 = internal global [6 x [7 x [5 x i16]]] [[7 x [5 x i16]] [[5 x i16] [i16 -2647, i16 -4, i16 -1, i16 13259, i16 4], [5 x i16] [i16 -32030, i16 0, i16 1, i16 -1068, i16 -1], [5 x i16] [i16 5, i16 -31220, i16 -9, i16 13259, i16 10255], [5 x i16] [i16 -18771, i16 -9, i16 2997, i16 4, i16 4], [5 x i16] [i16 -31220, i16 -4, i16 -1068, i16 -32030, i16 -23610], [5 x i16] [i16 5, i16 -9, i16 0, i16 -4, i16 -1], [5 x i16] [i16 -9, i16 13259, i16 -11872, i16 -23610, i16 9733]], [7 x [5 x i16]] [[5 x i16] [i16 1, i16 -2647, i16 -31220, i16 4, i16 9733], [5 x i16] [i16 4, i16 6, i16 -9, i16 -1, i16 -1], [5 x i16] [i16 -17088, i16 -1, i16 18259, i16 6, i16 -23610], [5 x i16] [i16 -8, i16 4, i16 -31776, i16 -31776, i16 4], [5 x i16] [i16 32691, i16 1, i16 1, i16 5, i16 10255], [5 x i16] [i16 0, i16 13259, i16 9228, i16 6, i16 -1], [5 x i16] [i16 4, i16 -492, i16 2411, i16 6, i16 4]], [7 x [5 x i16]] [[5 x i16] [i16 0, i16 4, i16 26926, i16 -4, i16 0], [5 x i16] [i16 32691, i16 -9, i16 -14411, i16 -23610, i16 -2647], [5 x i16] [i16 -8, i16 -18771, i16 2411, i16 1, i16 -17088], [5 x i16] [i16 -17088, i16 0, i16 -13030, i16 -9, i16 1], [5 x i16] [i16 4, i16 -4, i16 8402, i16 4, i16 0], [5 x i16] [i16 1, i16 -4, i16 -31776, i16 10255, i16 4], [5 x i16] [i16 -9, i16 0, i16 1, i16 9733, i16 6]], [7 x [5 x i16]] [[5 x i16] [i16 5, i16 -18771, i16 -5, i16 13259, i16 13259], [5 x i16] [i16 -31220, i16 -9, i16 -31220, i16 26926, i16 4], [5 x i16] [i16 -18771, i16 4, i16 -1068, i16 -9, i16 2411], [5 x i16] [i16 5, i16 -492, i16 -1, i16 -4, i16 32691], [5 x i16] [i16 -5, i16 -1068, i16 -1, i16 -1, i16 0], [5 x i16] [i16 28294, i16 -7, i16 8, i16 1, i16 -1], [5 x i16] [i16 -31220, i16 6, i16 6, i16 -13030, i16 10255]], [7 x [5 x i16]] [[5 x i16] [i16 15178, i16 -13030, i16 -7, i16 5307, i16 -31776], [5 x i16] [i16 2411, i16 -30814, i16 -14411, i16 26926, i16 -30814], [5 x i16] [i16 10255, i16 28294, i16 -2647, i16 26926, i16 -1068], [5 x i16] [i16 24119, i16 -1068, i16 27368, i16 5307, i16 -13030], [5 x i16] [i16 1, i16 -22307, i16 -1, i16 -13030, i16 2997], [5 x i16] [i16 4, i16 1, i16 -18771, i16 1, i16 4], [5 x i16] [i16 8873, i16 -9, i16 2997, i16 -1, i16 28294]], [7 x [5 x i16]] [[5 x i16] [i16 2411, i16 8, i16 -1, i16 1, i16 15178], [5 x i16] [i16 -31704, i16 4, i16 -9, i16 -9, i16 28294], [5 x i16] [i16 2997, i16 1, i16 18259, i16 2997, i16 4], [5 x i16] [i16 28294, i16 18259, i16 -14411, i16 -1068, i16 2997], [5 x i16] [i16 -9, i16 4, i16 -17088, i16 0, i16 -13030], [5 x i16] [i16 -14411, i16 -1, i16 -22307, i16 -11872, i16 -1068], [5 x i16] [i16 -1, i16 -5, i16 8, i16 -31220, i16 -30814]]], align 16
@.str.32 = private unnamed_addr constant [15 x i8] c"g_341[i][j][k]\00", align 1
@g_391 = internal global [5 x [2 x i16]] [[2 x i16] [i16 1, i16 25932], [2 x i16] [i16 32626, i16 32626], [2 x i16] [i16 32626, i16 25932], [2 x i16] [i16 1, i16 3078], [2 x i16] [i16 25932, i16 3078]], align 16
@.str.33 = private unnamed_addr constant [12 x i8] c"g_391[i][j]\00", align 1
@g_442 = internal global i32 -1, align 4
@.str.34 = private unnamed_addr constant [6 x i8] c"g_442\00", align 1
@g_443 = internal global i32 0, align 4
@.str.35 = private unnamed_addr constant [6 x i8] c"g_443\00", align 1
@g_549 = internal global i64 0, align 8
@.str.36 = private unnamed_addr constant [6 x i8] c"g_549\00", align 1
@g_565 = internal global i16 -8, align 2
@.str.37 = private unnamed_addr constant [6 x i8] c"g_565\00", align 1
@g_566 = internal global i32 -6, align 4
@.str.38 = private unnamed_addr constant [6 x i8] c"g_566\00", align 1
@g_567 = internal global [6 x i8] c"dddddd", align 1
@.str.39 = private unnamed_addr constant [9 x i8] c"g_567[i]\00", align 1
@g_634 = internal global i32 -1, align 4
@.str.40 = private unnamed_addr constant [6 x i8] c"g_634\00", align 1
@g_639 = internal global i64 -1, align 8
@.str.41 = private unnamed_addr constant [6 x i8] c"g_639\00", align 1
@g_655 = internal global i32 0, align 4
@.str.42 = private unnamed_addr constant [6 x i8] c"g_655\00", align 1
@g_717 = internal global i32 1709180704, align 4
@.str.43 = private unnamed_addr constant [6 x i8] c"g_717\00", align 1
@g_837 = internal global i16 -10693, align 2
@.str.44 = private unnamed_addr constant [6 x i8] c"g_837\00", align 1
@g_958 = internal global i32 1873402352, align 4
@.str.45 = private unnamed_addr constant [6 x i8] c"g_958\00", align 1
@g_1042 = internal global i64 -2933919990300944904, align 8
@.str.46 = private unnamed_addr constant [7 x i8] c"g_1042\00", align 1
@g_1073 = internal global [1 x [10 x [7 x i8]]] [[10 x [7 x i8]] [[7 x i8] c"\8A\B0\BD\B0\8A\01i", [7 x i8] c"\FE\84\A3\84\FE\03\03", [7 x i8] c"\8A\B0\BD\B0\8A\01i", [7 x i8] c"\FE\84\A3\84\FE\03\03", [7 x i8] c"\8A\B0\BD\B0\8A\01i", [7 x i8] c"\FE\84\A3\84\FE\03\03", [7 x i8] c"\8A\B0\BD\B0\8A\01i", [7 x i8] c"\FE\84\A3\84\FE\03\03", [7 x i8] c"\8A\B0\BD\B0\8A\01i", [7 x i8] c"\FE\84\A3\84\FE\03\03"]], align 16
@.str.47 = private unnamed_addr constant [16 x i8] c"g_1073[i][j][k]\00", align 1
@g_1211 = internal global i64 1879524940800227231, align 8
@.str.48 = private unnamed_addr constant [7 x i8] c"g_1211\00", align 1
@g_1212 = internal global i16 -1, align 2
@.str.49 = private unnamed_addr constant [7 x i8] c"g_1212\00", align 1
@crc32_context = internal global i32 -1, align 4
@crc32_tab = internal global [256 x i32] zeroinitializer, align 16
@__const.func_1.l_998 = private unnamed_addr constant [9 x [8 x i32]] [[8 x i32] [i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285], [8 x i32] [i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285], [8 x i32] [i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285], [8 x i32] [i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285], [8 x i32] [i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285], [8 x i32] [i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285], [8 x i32] [i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285], [8 x i32] [i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285], [8 x i32] [i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285]], align 16
@__const.func_1.l_1071 = private unnamed_addr constant [5 x [3 x [10 x i32]]] [[3 x [10 x i32]] [[10 x i32] [i32 979548537, i32 6, i32 1541293850, i32 5, i32 0, i32 -5, i32 0, i32 -5, i32 0, i32 5], [10 x i32] [i32 0, i32 979548537, i32 0, i32 0, i32 6, i32 0, i32 0, i32 -1, i32 5, i32 -113431995], [10 x i32] [i32 -113431995, i32 0, i32 6, i32 0, i32 -1, i32 996455063, i32 996455063, i32 -1, i32 0, i32 6]], [3 x [10 x i32]] [[10 x i32] [i32 1541293850, i32 1541293850, i32 0, i32 4, i32 5, i32 979548537, i32 -831718496, i32 -5, i32 -1, i32 686012365], [10 x i32] [i32 996455063, i32 0, i32 1541293850, i32 -2053530299, i32 -831718496, i32 6, i32 -831718496, i32 -831718496, i32 996455063, i32 -5], [10 x i32] [i32 686012365, i32 996455063, i32 1541293850, i32 0, i32 5, i32 0, i32 -705635272, i32 0, i32 0, i32 979548537]], [3 x [10 x i32]] [[10 x i32] [i32 0, i32 -2053530299, i32 -113431995, i32 -5, i32 0, i32 0, i32 -5, i32 -113431995, i32 -2053530299, i32 0], [10 x i32] [i32 686012365, i32 0, i32 0, i32 -113431995, i32 996455063, i32 0, i32 1541293850, i32 -2053530299, i32 -831718496, i32 6], [10 x i32] [i32 -705635272, i32 4, i32 979548537, i32 0, i32 996455063, i32 0, i32 979548537, i32 4, i32 -705635272, i32 0]], [3 x [10 x i32]] [[10 x i32] [i32 996455063, i32 1541293850, i32 0, i32 5, i32 0, i32 -705635272, i32 0, i32 0, i32 979548537, i32 979548537], [10 x i32] [i32 0, i32 -1, i32 -2053530299, i32 5, i32 5, i32 -2053530299, i32 -1, i32 0, i32 -705635272, i32 -5], [10 x i32] [i32 -1, i32 0, i32 6, i32 0, i32 -113431995, i32 979548537, i32 686012365, i32 5, i32 -831718496, i32 5]], [3 x [10 x i32]] [[10 x i32] [i32 0, i32 5, i32 6, i32 -113431995, i32 6, i32 5, i32 0, i32 0, i32 -2053530299, i32 4], [10 x i32] [i32 0, i32 0, i32 -2053530299, i32 -5, i32 686012365, i32 6, i32 0, i32 0, i32 0, i32 0], [10 x i32] [i32 -831718496, i32 0, i32 0, i32 0, i32 0, i32 -831718496, i32 0, i32 4, i32 996455063, i32 6]]], align 16
@g_1051 = internal global [7 x ptr] zeroinitializer, align 16
@__const.func_1.l_1189 = private unnamed_addr constant [10 x i8] c"\01\01\01\01\01\01\01\01\01\01", align 1
@__const.func_1.l_1206 = private unnamed_addr constant [9 x [10 x i16]] [[10 x i16] [i16 20430, i16 -9, i16 -9, i16 20430, i16 17618, i16 1, i16 17618, i16 20430, i16 -9, i16 -9], [10 x i16] [i16 17618, i16 -9, i16 -4868, i16 -25783, i16 -25783, i16 -4868, i16 -9, i16 17618, i16 -9, i16 -4868], [10 x i16] [i16 1, i16 20430, i16 -25783, i16 20430, i16 1, i16 -4868, i16 -4868, i16 1, i16 20430, i16 -25783], [10 x i16] [i16 17618, i16 17618, i16 -25783, i16 1, i16 -4, i16 1, i16 -25783, i16 17618, i16 17618, i16 -25783], [10 x i16] [i16 20430, i16 1, i16 -4868, i16 -4868, i16 1, i16 20430, i16 -25783, i16 20430, i16 1, i16 -4868], [10 x i16] [i16 -9, i16 17618, i16 -9, i16 -4868, i16 -25783, i16 -25783, i16 -4868, i16 -9, i16 17618, i16 -9], [10 x i16] [i16 -9, i16 20430, i16 17618, i16 1, i16 17618, i16 20430, i16 -9, i16 -9, i16 20430, i16 17618], [10 x i16] [i16 20430, i16 -9, i16 -9, i16 20430, i16 17618, i16 1, i16 17618, i16 -9, i16 1, i16 1], [10 x i16] [i16 -4, i16 1, i16 -25783, i16 17618, i16 17618, i16 -25783, i16 1, i16 -4, i16 1, i16 -25783]], align 16
@__const.func_1.l_994 = private unnamed_addr constant [5 x ptr] [ptr @g_143, ptr @g_143, ptr @g_143, ptr @g_143, ptr @g_143], align 16
@__const.func_1.l_1027 = private unnamed_addr constant [2 x [1 x [6 x ptr]]] [[1 x [6 x ptr]] [[6 x ptr] [ptr getelementptr (i8, ptr @g_141, i64 37), ptr getelementptr (i8, ptr @g_141, i64 37), ptr getelementptr (i8, ptr @g_141, i64 37), ptr getelementptr (i8, ptr @g_141, i64 37), ptr getelementptr (i8, ptr @g_141, i64 37), ptr getelementptr (i8, ptr @g_141, i64 37)]], [1 x [6 x ptr]] [[6 x ptr] [ptr getelementptr (i8, ptr @g_141, i64 37), ptr getelementptr (i8, ptr @g_141, i64 37), ptr getelementptr (i8, ptr @g_141, i64 37), ptr getelementptr (i8, ptr @g_141, i64 37), ptr getelementptr (i8, ptr @g_141, i64 37), ptr getelementptr (i8, ptr @g_141, i64 37)]]], align 16
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
  store i32 0, ptr %6, align 4
  br label %21

21:                                               ; preds = %37, %19
  %22 = load i32, ptr %6, align 4
  %23 = icmp slt i32 %22, 7
  br i1 %23, label %24, label %40

24:                                               ; preds = %21
  %25 = load i32, ptr %6, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [7 x i32], ptr @g_2, i64 0, i64 %26
  %28 = load i32, ptr %27, align 4
  %29 = sext i32 %28 to i64
  %30 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %29, ptr noundef @.str.1, i32 noundef %30)
  %31 = load i32, ptr %9, align 4
  %32 = icmp ne i32 %31, 0
  br i1 %32, label %33, label %36

33:                                               ; preds = %24
  %34 = load i32, ptr %6, align 4
  %35 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %34)
  br label %36

36:                                               ; preds = %33, %24
  br label %37

37:                                               ; preds = %36
  %38 = load i32, ptr %6, align 4
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %6, align 4
  br label %21, !llvm.loop !6

40:                                               ; preds = %21
  %41 = load volatile i32, ptr @g_5, align 4
  %42 = sext i32 %41 to i64
  %43 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %42, ptr noundef @.str.3, i32 noundef %43)
  %44 = load i32, ptr @g_6, align 4
  %45 = sext i32 %44 to i64
  %46 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %45, ptr noundef @.str.4, i32 noundef %46)
  %47 = load volatile i32, ptr @g_55, align 4
  %48 = sext i32 %47 to i64
  %49 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %48, ptr noundef @.str.5, i32 noundef %49)
  %50 = load i32, ptr @g_56, align 4
  %51 = sext i32 %50 to i64
  %52 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %51, ptr noundef @.str.6, i32 noundef %52)
  %53 = load i16, ptr @g_73, align 2
  %54 = sext i16 %53 to i64
  %55 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %54, ptr noundef @.str.7, i32 noundef %55)
  %56 = load i32, ptr @g_78, align 4
  %57 = zext i32 %56 to i64
  %58 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %57, ptr noundef @.str.8, i32 noundef %58)
  %59 = load i32, ptr @g_93, align 4
  %60 = sext i32 %59 to i64
  %61 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %60, ptr noundef @.str.9, i32 noundef %61)
  %62 = load i64, ptr @g_105, align 8
  %63 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %62, ptr noundef @.str.10, i32 noundef %63)
  %64 = load i16, ptr @g_111, align 2
  %65 = zext i16 %64 to i64
  %66 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %65, ptr noundef @.str.11, i32 noundef %66)
  store i32 0, ptr %6, align 4
  br label %67

67:                                               ; preds = %107, %40
  %68 = load i32, ptr %6, align 4
  %69 = icmp slt i32 %68, 5
  br i1 %69, label %70, label %110

70:                                               ; preds = %67
  store i32 0, ptr %7, align 4
  br label %71

71:                                               ; preds = %103, %70
  %72 = load i32, ptr %7, align 4
  %73 = icmp slt i32 %72, 4
  br i1 %73, label %74, label %106

74:                                               ; preds = %71
  store i32 0, ptr %8, align 4
  br label %75

75:                                               ; preds = %99, %74
  %76 = load i32, ptr %8, align 4
  %77 = icmp slt i32 %76, 2
  br i1 %77, label %78, label %102

78:                                               ; preds = %75
  %79 = load i32, ptr %6, align 4
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds [5 x [4 x [2 x i8]]], ptr @g_141, i64 0, i64 %80
  %82 = load i32, ptr %7, align 4
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds [4 x [2 x i8]], ptr %81, i64 0, i64 %83
  %85 = load i32, ptr %8, align 4
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds [2 x i8], ptr %84, i64 0, i64 %86
  %88 = load i8, ptr %87, align 1
  %89 = zext i8 %88 to i64
  %90 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %89, ptr noundef @.str.12, i32 noundef %90)
  %91 = load i32, ptr %9, align 4
  %92 = icmp ne i32 %91, 0
  br i1 %92, label %93, label %98

93:                                               ; preds = %78
  %94 = load i32, ptr %6, align 4
  %95 = load i32, ptr %7, align 4
  %96 = load i32, ptr %8, align 4
  %97 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %94, i32 noundef %95, i32 noundef %96)
  br label %98

98:                                               ; preds = %93, %78
  br label %99

99:                                               ; preds = %98
  %100 = load i32, ptr %8, align 4
  %101 = add nsw i32 %100, 1
  store i32 %101, ptr %8, align 4
  br label %75, !llvm.loop !8

102:                                              ; preds = %75
  br label %103

103:                                              ; preds = %102
  %104 = load i32, ptr %7, align 4
  %105 = add nsw i32 %104, 1
  store i32 %105, ptr %7, align 4
  br label %71, !llvm.loop !9

106:                                              ; preds = %71
  br label %107

107:                                              ; preds = %106
  %108 = load i32, ptr %6, align 4
  %109 = add nsw i32 %108, 1
  store i32 %109, ptr %6, align 4
  br label %67, !llvm.loop !10

110:                                              ; preds = %67
  %111 = load i32, ptr @g_142, align 4
  %112 = sext i32 %111 to i64
  %113 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %112, ptr noundef @.str.14, i32 noundef %113)
  %114 = load i32, ptr @g_143, align 4
  %115 = sext i32 %114 to i64
  %116 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %115, ptr noundef @.str.15, i32 noundef %116)
  %117 = load i16, ptr @g_145, align 2
  %118 = sext i16 %117 to i64
  %119 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %118, ptr noundef @.str.16, i32 noundef %119)
  %120 = load volatile i32, ptr @g_146, align 4
  %121 = zext i32 %120 to i64
  %122 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %121, ptr noundef @.str.17, i32 noundef %122)
  %123 = load volatile i32, ptr @g_149, align 4
  %124 = zext i32 %123 to i64
  %125 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %124, ptr noundef @.str.18, i32 noundef %125)
  store i32 0, ptr %6, align 4
  br label %126

126:                                              ; preds = %142, %110
  %127 = load i32, ptr %6, align 4
  %128 = icmp slt i32 %127, 8
  br i1 %128, label %129, label %145

129:                                              ; preds = %126
  %130 = load i32, ptr %6, align 4
  %131 = sext i32 %130 to i64
  %132 = getelementptr inbounds [8 x i32], ptr @g_158, i64 0, i64 %131
  %133 = load i32, ptr %132, align 4
  %134 = zext i32 %133 to i64
  %135 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %134, ptr noundef @.str.19, i32 noundef %135)
  %136 = load i32, ptr %9, align 4
  %137 = icmp ne i32 %136, 0
  br i1 %137, label %138, label %141

138:                                              ; preds = %129
  %139 = load i32, ptr %6, align 4
  %140 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %139)
  br label %141

141:                                              ; preds = %138, %129
  br label %142

142:                                              ; preds = %141
  %143 = load i32, ptr %6, align 4
  %144 = add nsw i32 %143, 1
  store i32 %144, ptr %6, align 4
  br label %126, !llvm.loop !11

145:                                              ; preds = %126
  %146 = load volatile i8, ptr @g_200, align 1
  %147 = sext i8 %146 to i64
  %148 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %147, ptr noundef @.str.20, i32 noundef %148)
  %149 = load i64, ptr @g_210, align 8
  %150 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %149, ptr noundef @.str.21, i32 noundef %150)
  %151 = load i64, ptr @g_213, align 8
  %152 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %151, ptr noundef @.str.22, i32 noundef %152)
  %153 = load i8, ptr @g_217, align 1
  %154 = sext i8 %153 to i64
  %155 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %154, ptr noundef @.str.23, i32 noundef %155)
  %156 = load i32, ptr @g_270, align 4
  %157 = zext i32 %156 to i64
  %158 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %157, ptr noundef @.str.24, i32 noundef %158)
  %159 = load i16, ptr @g_287, align 2
  %160 = sext i16 %159 to i64
  %161 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %160, ptr noundef @.str.25, i32 noundef %161)
  %162 = load i64, ptr @g_291, align 8
  %163 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %162, ptr noundef @.str.26, i32 noundef %163)
  store i32 0, ptr %6, align 4
  br label %164

164:                                              ; preds = %180, %145
  %165 = load i32, ptr %6, align 4
  %166 = icmp slt i32 %165, 7
  br i1 %166, label %167, label %183

167:                                              ; preds = %164
  %168 = load i32, ptr %6, align 4
  %169 = sext i32 %168 to i64
  %170 = getelementptr inbounds [7 x i16], ptr @g_292, i64 0, i64 %169
  %171 = load i16, ptr %170, align 2
  %172 = zext i16 %171 to i64
  %173 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %172, ptr noundef @.str.27, i32 noundef %173)
  %174 = load i32, ptr %9, align 4
  %175 = icmp ne i32 %174, 0
  br i1 %175, label %176, label %179

176:                                              ; preds = %167
  %177 = load i32, ptr %6, align 4
  %178 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %177)
  br label %179

179:                                              ; preds = %176, %167
  br label %180

180:                                              ; preds = %179
  %181 = load i32, ptr %6, align 4
  %182 = add nsw i32 %181, 1
  store i32 %182, ptr %6, align 4
  br label %164, !llvm.loop !12

183:                                              ; preds = %164
  store i32 0, ptr %6, align 4
  br label %184

184:                                              ; preds = %212, %183
  %185 = load i32, ptr %6, align 4
  %186 = icmp slt i32 %185, 5
  br i1 %186, label %187, label %215

187:                                              ; preds = %184
  store i32 0, ptr %7, align 4
  br label %188

188:                                              ; preds = %208, %187
  %189 = load i32, ptr %7, align 4
  %190 = icmp slt i32 %189, 10
  br i1 %190, label %191, label %211

191:                                              ; preds = %188
  %192 = load i32, ptr %6, align 4
  %193 = sext i32 %192 to i64
  %194 = getelementptr inbounds [5 x [10 x i16]], ptr @g_306, i64 0, i64 %193
  %195 = load i32, ptr %7, align 4
  %196 = sext i32 %195 to i64
  %197 = getelementptr inbounds [10 x i16], ptr %194, i64 0, i64 %196
  %198 = load i16, ptr %197, align 2
  %199 = sext i16 %198 to i64
  %200 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %199, ptr noundef @.str.28, i32 noundef %200)
  %201 = load i32, ptr %9, align 4
  %202 = icmp ne i32 %201, 0
  br i1 %202, label %203, label %207

203:                                              ; preds = %191
  %204 = load i32, ptr %6, align 4
  %205 = load i32, ptr %7, align 4
  %206 = call i32 (ptr, ...) @printf(ptr noundef @.str.29, i32 noundef %204, i32 noundef %205)
  br label %207

207:                                              ; preds = %203, %191
  br label %208

208:                                              ; preds = %207
  %209 = load i32, ptr %7, align 4
  %210 = add nsw i32 %209, 1
  store i32 %210, ptr %7, align 4
  br label %188, !llvm.loop !13

211:                                              ; preds = %188
  br label %212

212:                                              ; preds = %211
  %213 = load i32, ptr %6, align 4
  %214 = add nsw i32 %213, 1
  store i32 %214, ptr %6, align 4
  br label %184, !llvm.loop !14

215:                                              ; preds = %184
  %216 = load i64, ptr @g_307, align 8
  %217 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %216, ptr noundef @.str.30, i32 noundef %217)
  %218 = load i32, ptr @g_322, align 4
  %219 = zext i32 %218 to i64
  %220 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %219, ptr noundef @.str.31, i32 noundef %220)
  store i32 0, ptr %6, align 4
  br label %221

221:                                              ; preds = %261, %215
  %222 = load i32, ptr %6, align 4
  %223 = icmp slt i32 %222, 6
  br i1 %223, label %224, label %264

224:                                              ; preds = %221
  store i32 0, ptr %7, align 4
  br label %225

225:                                              ; preds = %257, %224
  %226 = load i32, ptr %7, align 4
  %227 = icmp slt i32 %226, 7
  br i1 %227, label %228, label %260

228:                                              ; preds = %225
  store i32 0, ptr %8, align 4
  br label %229

229:                                              ; preds = %253, %228
  %230 = load i32, ptr %8, align 4
  %231 = icmp slt i32 %230, 5
  br i1 %231, label %232, label %256

232:                                              ; preds = %229
  %233 = load i32, ptr %6, align 4
  %234 = sext i32 %233 to i64
  %235 = getelementptr inbounds [6 x [7 x [5 x i16]]], ptr @g_341, i64 0, i64 %234
  %236 = load i32, ptr %7, align 4
  %237 = sext i32 %236 to i64
  %238 = getelementptr inbounds [7 x [5 x i16]], ptr %235, i64 0, i64 %237
  %239 = load i32, ptr %8, align 4
  %240 = sext i32 %239 to i64
  %241 = getelementptr inbounds [5 x i16], ptr %238, i64 0, i64 %240
  %242 = load i16, ptr %241, align 2
  %243 = zext i16 %242 to i64
  %244 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %243, ptr noundef @.str.32, i32 noundef %244)
  %245 = load i32, ptr %9, align 4
  %246 = icmp ne i32 %245, 0
  br i1 %246, label %247, label %252

247:                                              ; preds = %232
  %248 = load i32, ptr %6, align 4
  %249 = load i32, ptr %7, align 4
  %250 = load i32, ptr %8, align 4
  %251 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %248, i32 noundef %249, i32 noundef %250)
  br label %252

252:                                              ; preds = %247, %232
  br label %253

253:                                              ; preds = %252
  %254 = load i32, ptr %8, align 4
  %255 = add nsw i32 %254, 1
  store i32 %255, ptr %8, align 4
  br label %229, !llvm.loop !15

256:                                              ; preds = %229
  br label %257

257:                                              ; preds = %256
  %258 = load i32, ptr %7, align 4
  %259 = add nsw i32 %258, 1
  store i32 %259, ptr %7, align 4
  br label %225, !llvm.loop !16

260:                                              ; preds = %225
  br label %261

261:                                              ; preds = %260
  %262 = load i32, ptr %6, align 4
  %263 = add nsw i32 %262, 1
  store i32 %263, ptr %6, align 4
  br label %221, !llvm.loop !17

264:                                              ; preds = %221
  store i32 0, ptr %6, align 4
  br label %265

265:                                              ; preds = %293, %264
  %266 = load i32, ptr %6, align 4
  %267 = icmp slt i32 %266, 5
  br i1 %267, label %268, label %296

268:                                              ; preds = %265
  store i32 0, ptr %7, align 4
  br label %269

269:                                              ; preds = %289, %268
  %270 = load i32, ptr %7, align 4
  %271 = icmp slt i32 %270, 2
  br i1 %271, label %272, label %292

272:                                              ; preds = %269
  %273 = load i32, ptr %6, align 4
  %274 = sext i32 %273 to i64
  %275 = getelementptr inbounds [5 x [2 x i16]], ptr @g_391, i64 0, i64 %274
  %276 = load i32, ptr %7, align 4
  %277 = sext i32 %276 to i64
  %278 = getelementptr inbounds [2 x i16], ptr %275, i64 0, i64 %277
  %279 = load i16, ptr %278, align 2
  %280 = zext i16 %279 to i64
  %281 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %280, ptr noundef @.str.33, i32 noundef %281)
  %282 = load i32, ptr %9, align 4
  %283 = icmp ne i32 %282, 0
  br i1 %283, label %284, label %288

284:                                              ; preds = %272
  %285 = load i32, ptr %6, align 4
  %286 = load i32, ptr %7, align 4
  %287 = call i32 (ptr, ...) @printf(ptr noundef @.str.29, i32 noundef %285, i32 noundef %286)
  br label %288

288:                                              ; preds = %284, %272
  br label %289

289:                                              ; preds = %288
  %290 = load i32, ptr %7, align 4
  %291 = add nsw i32 %290, 1
  store i32 %291, ptr %7, align 4
  br label %269, !llvm.loop !18

292:                                              ; preds = %269
  br label %293

293:                                              ; preds = %292
  %294 = load i32, ptr %6, align 4
  %295 = add nsw i32 %294, 1
  store i32 %295, ptr %6, align 4
  br label %265, !llvm.loop !19

296:                                              ; preds = %265
  %297 = load i32, ptr @g_442, align 4
  %298 = sext i32 %297 to i64
  %299 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %298, ptr noundef @.str.34, i32 noundef %299)
  %300 = load volatile i32, ptr @g_443, align 4
  %301 = zext i32 %300 to i64
  %302 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %301, ptr noundef @.str.35, i32 noundef %302)
  %303 = load i64, ptr @g_549, align 8
  %304 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %303, ptr noundef @.str.36, i32 noundef %304)
  %305 = load i16, ptr @g_565, align 2
  %306 = sext i16 %305 to i64
  %307 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %306, ptr noundef @.str.37, i32 noundef %307)
  %308 = load volatile i32, ptr @g_566, align 4
  %309 = sext i32 %308 to i64
  %310 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %309, ptr noundef @.str.38, i32 noundef %310)
  store i32 0, ptr %6, align 4
  br label %311

311:                                              ; preds = %327, %296
  %312 = load i32, ptr %6, align 4
  %313 = icmp slt i32 %312, 6
  br i1 %313, label %314, label %330

314:                                              ; preds = %311
  %315 = load i32, ptr %6, align 4
  %316 = sext i32 %315 to i64
  %317 = getelementptr inbounds [6 x i8], ptr @g_567, i64 0, i64 %316
  %318 = load i8, ptr %317, align 1
  %319 = zext i8 %318 to i64
  %320 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %319, ptr noundef @.str.39, i32 noundef %320)
  %321 = load i32, ptr %9, align 4
  %322 = icmp ne i32 %321, 0
  br i1 %322, label %323, label %326

323:                                              ; preds = %314
  %324 = load i32, ptr %6, align 4
  %325 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %324)
  br label %326

326:                                              ; preds = %323, %314
  br label %327

327:                                              ; preds = %326
  %328 = load i32, ptr %6, align 4
  %329 = add nsw i32 %328, 1
  store i32 %329, ptr %6, align 4
  br label %311, !llvm.loop !20

330:                                              ; preds = %311
  %331 = load i32, ptr @g_634, align 4
  %332 = sext i32 %331 to i64
  %333 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %332, ptr noundef @.str.40, i32 noundef %333)
  %334 = load i64, ptr @g_639, align 8
  %335 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %334, ptr noundef @.str.41, i32 noundef %335)
  %336 = load i32, ptr @g_655, align 4
  %337 = sext i32 %336 to i64
  %338 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %337, ptr noundef @.str.42, i32 noundef %338)
  %339 = load i32, ptr @g_717, align 4
  %340 = zext i32 %339 to i64
  %341 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %340, ptr noundef @.str.43, i32 noundef %341)
  %342 = load i16, ptr @g_837, align 2
  %343 = sext i16 %342 to i64
  %344 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %343, ptr noundef @.str.44, i32 noundef %344)
  %345 = load i32, ptr @g_958, align 4
  %346 = zext i32 %345 to i64
  %347 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %346, ptr noundef @.str.45, i32 noundef %347)
  %348 = load i64, ptr @g_1042, align 8
  %349 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %348, ptr noundef @.str.46, i32 noundef %349)
  store i32 0, ptr %6, align 4
  br label %350

350:                                              ; preds = %390, %330
  %351 = load i32, ptr %6, align 4
  %352 = icmp slt i32 %351, 1
  br i1 %352, label %353, label %393

353:                                              ; preds = %350
  store i32 0, ptr %7, align 4
  br label %354

354:                                              ; preds = %386, %353
  %355 = load i32, ptr %7, align 4
  %356 = icmp slt i32 %355, 10
  br i1 %356, label %357, label %389

357:                                              ; preds = %354
  store i32 0, ptr %8, align 4
  br label %358

358:                                              ; preds = %382, %357
  %359 = load i32, ptr %8, align 4
  %360 = icmp slt i32 %359, 7
  br i1 %360, label %361, label %385

361:                                              ; preds = %358
  %362 = load i32, ptr %6, align 4
  %363 = sext i32 %362 to i64
  %364 = getelementptr inbounds [1 x [10 x [7 x i8]]], ptr @g_1073, i64 0, i64 %363
  %365 = load i32, ptr %7, align 4
  %366 = sext i32 %365 to i64
  %367 = getelementptr inbounds [10 x [7 x i8]], ptr %364, i64 0, i64 %366
  %368 = load i32, ptr %8, align 4
  %369 = sext i32 %368 to i64
  %370 = getelementptr inbounds [7 x i8], ptr %367, i64 0, i64 %369
  %371 = load volatile i8, ptr %370, align 1
  %372 = zext i8 %371 to i64
  %373 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %372, ptr noundef @.str.47, i32 noundef %373)
  %374 = load i32, ptr %9, align 4
  %375 = icmp ne i32 %374, 0
  br i1 %375, label %376, label %381

376:                                              ; preds = %361
  %377 = load i32, ptr %6, align 4
  %378 = load i32, ptr %7, align 4
  %379 = load i32, ptr %8, align 4
  %380 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %377, i32 noundef %378, i32 noundef %379)
  br label %381

381:                                              ; preds = %376, %361
  br label %382

382:                                              ; preds = %381
  %383 = load i32, ptr %8, align 4
  %384 = add nsw i32 %383, 1
  store i32 %384, ptr %8, align 4
  br label %358, !llvm.loop !21

385:                                              ; preds = %358
  br label %386

386:                                              ; preds = %385
  %387 = load i32, ptr %7, align 4
  %388 = add nsw i32 %387, 1
  store i32 %388, ptr %7, align 4
  br label %354, !llvm.loop !22

389:                                              ; preds = %354
  br label %390

390:                                              ; preds = %389
  %391 = load i32, ptr %6, align 4
  %392 = add nsw i32 %391, 1
  store i32 %392, ptr %6, align 4
  br label %350, !llvm.loop !23

393:                                              ; preds = %350
  %394 = load i64, ptr @g_1211, align 8
  %395 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %394, ptr noundef @.str.48, i32 noundef %395)
  %396 = load i16, ptr @g_1212, align 2
  %397 = sext i16 %396 to i64
  %398 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %397, ptr noundef @.str.49, i32 noundef %398)
  %399 = load i32, ptr @crc32_context, align 4
  %400 = zext i32 %399 to i64
  %401 = xor i64 %400, 4294967295
  %402 = trunc i64 %401 to i32
  %403 = load i32, ptr %9, align 4
  call void @platform_main_end(i32 noundef %402, i32 noundef %403)
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
  br label %10, !llvm.loop !24

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
  br label %5, !llvm.loop !25

36:                                               ; preds = %5
  ret void
}

; Function Attrs: noinline nounwind uwtable
define internal i64 @func_1() #0 {
  %1 = alloca i8, align 1
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca [9 x [8 x i32]], align 16
  %9 = alloca i8, align 1
  %10 = alloca [5 x [3 x [10 x i32]]], align 16
  %11 = alloca i64, align 8
  %12 = alloca ptr, align 8
  %13 = alloca [10 x i8], align 1
  %14 = alloca i64, align 8
  %15 = alloca [9 x [10 x i16]], align 16
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca ptr, align 8
  %21 = alloca ptr, align 8
  %22 = alloca ptr, align 8
  %23 = alloca ptr, align 8
  %24 = alloca ptr, align 8
  %25 = alloca ptr, align 8
  %26 = alloca ptr, align 8
  %27 = alloca [5 x ptr], align 16
  %28 = alloca i16, align 2
  %29 = alloca [2 x [1 x [6 x ptr]]], align 16
  %30 = alloca i16, align 2
  %31 = alloca i32, align 4
  %32 = alloca i64, align 8
  %33 = alloca i32, align 4
  %34 = alloca i32, align 4
  %35 = alloca i32, align 4
  %36 = alloca i32, align 4
  store i8 42, ptr %1, align 1
  store ptr @g_6, ptr %2, align 8
  store i32 6, ptr %3, align 4
  store i32 135182631, ptr %4, align 4
  store i32 0, ptr %5, align 4
  store i64 3, ptr %6, align 8
  store i32 -7, ptr %7, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %8, ptr align 16 @__const.func_1.l_998, i64 288, i1 false)
  store i8 -89, ptr %9, align 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %10, ptr align 16 @__const.func_1.l_1071, i64 600, i1 false)
  store i64 -4344800392530876247, ptr %11, align 8
  store ptr getelementptr inbounds ([7 x ptr], ptr @g_1051, i64 0, i64 4), ptr %12, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %13, ptr align 1 @__const.func_1.l_1189, i64 10, i1 false)
  store i64 0, ptr %14, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %15, ptr align 16 @__const.func_1.l_1206, i64 180, i1 false)
  store i32 -1, ptr %16, align 4
  store i32 19, ptr getelementptr inbounds ([7 x i32], ptr @g_2, i64 0, i64 1), align 4
  br label %37

37:                                               ; preds = %41, %0
  %38 = load i32, ptr getelementptr inbounds ([7 x i32], ptr @g_2, i64 0, i64 1), align 4
  %39 = icmp sge i32 %38, -24
  br i1 %39, label %40, label %46

40:                                               ; preds = %37
  store ptr @g_639, ptr %20, align 8
  store ptr getelementptr inbounds ([7 x i32], ptr @g_2, i64 0, i64 1), ptr %21, align 8
  store ptr @g_6, ptr %22, align 8
  store ptr %4, ptr %23, align 8
  store ptr @g_143, ptr %24, align 8
  store ptr @g_6, ptr %25, align 8
  store ptr %4, ptr %26, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %27, ptr align 16 @__const.func_1.l_994, i64 40, i1 false)
  store i16 -1168, ptr %28, align 2
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %29, ptr align 16 @__const.func_1.l_1027, i64 96, i1 false)
  store i16 5, ptr %30, align 2
  store i32 987819204, ptr %31, align 4
  store i64 4348098260951791103, ptr %32, align 8
  store i32 1214136229, ptr %33, align 4
  br label %41

41:                                               ; preds = %40
  %42 = load i32, ptr getelementptr inbounds ([7 x i32], ptr @g_2, i64 0, i64 1), align 4
  %43 = trunc i32 %42 to i16
  %44 = call signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext %43, i16 noundef signext 1)
  %45 = sext i16 %44 to i32
  store i32 %45, ptr getelementptr inbounds ([7 x i32], ptr @g_2, i64 0, i64 1), align 4
  br label %37, !llvm.loop !26

46:                                               ; preds = %37
  %47 = load ptr, ptr %2, align 8
  %48 = load i32, ptr %47, align 4
  %49 = sext i32 %48 to i64
  ret i64 %49
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

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

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
