; ModuleID = 'cs1000005.c'
source_filename = "cs1000005.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.S0 = type <{ i64, [3 x i8] }>

@.str = private unnamed_addr constant [2 x i8] c"1\00", align 1
@g_2 = internal global i32 0, align 4
@.str.1 = private unnamed_addr constant [4 x i8] c"g_2\00", align 1
@g_13 = internal global i64 -6, align 8
@.str.2 = private unnamed_addr constant [5 x i8] c"g_13\00", align 1
@g_18 = internal global i64 493350923540572616, align 8
@.str.3 = private unnamed_addr constant [5 x i8] c"g_18\00", align 1
@g_21 = internal global i8 0, align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"g_21\00", align 1
@g_23 = internal global i16 13481, align 2
@.str.5 = private unnamed_addr constant [5 x i8] c"g_23\00", align 1
@g_29 = internal global i32 -11058162, align 4
@.str.6 = private unnamed_addr constant [5 x i8] c"g_29\00", align 1
@g_69 = internal global [8 x [7 x [3 x i64]]] [[7 x [3 x i64]] [[3 x i64] [i64 1, i64 -2086131580381444091, i64 -2086131580381444091], [3 x i64] [i64 0, i64 -10, i64 -5], [3 x i64] [i64 5479419656883653454, i64 1, i64 6039851655955006723], [3 x i64] [i64 -1, i64 -1, i64 -1], [3 x i64] [i64 1, i64 -3919525918406379854, i64 -1], [3 x i64] [i64 0, i64 -1, i64 0], [3 x i64] [i64 -8, i64 1, i64 0]], [7 x [3 x i64]] [[3 x i64] [i64 -1, i64 -10, i64 -1], [3 x i64] [i64 -4485438613496833235, i64 -2086131580381444091, i64 -1], [3 x i64] [i64 -8279863266613793016, i64 1, i64 -7384177575995619311], [3 x i64] [i64 -4485438613496833235, i64 -4485438613496833235, i64 6039851655955006723], [3 x i64] [i64 -1, i64 1, i64 3], [3 x i64] [i64 -8, i64 0, i64 -2086131580381444091], [3 x i64] [i64 0, i64 1, i64 0]], [7 x [3 x i64]] [[3 x i64] [i64 1, i64 -8, i64 -2086131580381444091], [3 x i64] [i64 -1, i64 1, i64 -1], [3 x i64] [i64 1, i64 -2086131580381444091, i64 0], [3 x i64] [i64 7400839986432466150, i64 8821336068757091883, i64 0], [3 x i64] [i64 -8, i64 1, i64 6039851655955006723], [3 x i64] [i64 -1029572190322499397, i64 8821336068757091883, i64 -1029572190322499397], [3 x i64] [i64 5479419656883653454, i64 -2086131580381444091, i64 -7]], [7 x [3 x i64]] [[3 x i64] [i64 0, i64 1, i64 -8279863266613793016], [3 x i64] [i64 6032439560347768757, i64 5479419656883653454, i64 6039851655955006723], [3 x i64] [i64 3, i64 -10, i64 -1], [3 x i64] [i64 6032439560347768757, i64 -7, i64 0], [3 x i64] [i64 0, i64 7, i64 -7384177575995619311], [3 x i64] [i64 5479419656883653454, i64 6032439560347768757, i64 -3919525918406379854], [3 x i64] [i64 -1029572190322499397, i64 -10, i64 -7552154248102091995]], [7 x [3 x i64]] [[3 x i64] [i64 -8, i64 -3919525918406379854, i64 -3919525918406379854], [3 x i64] [i64 7400839986432466150, i64 1, i64 -7384177575995619311], [3 x i64] [i64 1, i64 -8, i64 0], [3 x i64] [i64 -7552154248102091995, i64 8821336068757091883, i64 -1], [3 x i64] [i64 -8, i64 -1, i64 6039851655955006723], [3 x i64] [i64 -8279863266613793016, i64 8821336068757091883, i64 -8279863266613793016], [3 x i64] [i64 5479419656883653454, i64 -8, i64 -7]], [7 x [3 x i64]] [[3 x i64] [i64 -1, i64 1, i64 -1029572190322499397], [3 x i64] [i64 6032439560347768757, i64 -3919525918406379854, i64 6039851655955006723], [3 x i64] [i64 -5, i64 -10, i64 0], [3 x i64] [i64 6032439560347768757, i64 6032439560347768757, i64 0], [3 x i64] [i64 -1, i64 7, i64 -1], [3 x i64] [i64 5479419656883653454, i64 -7, i64 -3919525918406379854], [3 x i64] [i64 -8279863266613793016, i64 -10, i64 7400839986432466150]], [7 x [3 x i64]] [[3 x i64] [i64 -8, i64 5479419656883653454, i64 -3919525918406379854], [3 x i64] [i64 -7552154248102091995, i64 1, i64 -1], [3 x i64] [i64 1, i64 -2086131580381444091, i64 0], [3 x i64] [i64 7400839986432466150, i64 8821336068757091883, i64 0], [3 x i64] [i64 -8, i64 1, i64 6039851655955006723], [3 x i64] [i64 -1029572190322499397, i64 8821336068757091883, i64 -1029572190322499397], [3 x i64] [i64 5479419656883653454, i64 -2086131580381444091, i64 -7]], [7 x [3 x i64]] [[3 x i64] [i64 0, i64 1, i64 -8279863266613793016], [3 x i64] [i64 6032439560347768757, i64 5479419656883653454, i64 6039851655955006723], [3 x i64] [i64 3, i64 -10, i64 -1], [3 x i64] [i64 6032439560347768757, i64 -7, i64 0], [3 x i64] [i64 0, i64 7, i64 -7384177575995619311], [3 x i64] [i64 5479419656883653454, i64 6032439560347768757, i64 -3919525918406379854], [3 x i64] [i64 -1029572190322499397, i64 -10, i64 -7552154248102091995]]], align 16
@.str.7 = private unnamed_addr constant [14 x i8] c"g_69[i][j][k]\00", align 1
@.str.8 = private unnamed_addr constant [22 x i8] c"index = [%d][%d][%d]\0A\00", align 1
@g_84 = internal global i32 0, align 4
@.str.9 = private unnamed_addr constant [5 x i8] c"g_84\00", align 1
@g_98 = internal global i64 -5, align 8
@.str.10 = private unnamed_addr constant [5 x i8] c"g_98\00", align 1
@g_121 = internal global i32 -2033770690, align 4
@.str.11 = private unnamed_addr constant [6 x i8] c"g_121\00", align 1
@g_123 = internal global [6 x [9 x i32]] [[9 x i32] [i32 -1, i32 -1, i32 -650402933, i32 -802413062, i32 718038820, i32 -1, i32 -174198417, i32 876488591, i32 -174198417], [9 x i32] [i32 -1, i32 -29259763, i32 -1, i32 -1, i32 -29259763, i32 -1, i32 -802413062, i32 1793720511, i32 4], [9 x i32] [i32 876488591, i32 -1524692620, i32 -174198417, i32 -1, i32 4, i32 4, i32 -1, i32 -174198417, i32 -1524692620], [9 x i32] [i32 4, i32 718038820, i32 -650402933, i32 -1, i32 1793720511, i32 -1524692620, i32 931594582, i32 931594582, i32 -1524692620], [9 x i32] [i32 -1, i32 -174198417, i32 876488591, i32 -174198417, i32 -1, i32 718038820, i32 -802413062, i32 -650402933, i32 -1], [9 x i32] [i32 -802413062, i32 718038820, i32 -1, i32 -174198417, i32 876488591, i32 -174198417, i32 -1, i32 718038820, i32 -802413062]], align 16
@.str.12 = private unnamed_addr constant [12 x i8] c"g_123[i][j]\00", align 1
@.str.13 = private unnamed_addr constant [18 x i8] c"index = [%d][%d]\0A\00", align 1
@.str.14 = private unnamed_addr constant [9 x i8] c"g_128.f0\00", align 1
@.str.15 = private unnamed_addr constant [9 x i8] c"g_128.f1\00", align 1
@g_131 = internal global i32 441242772, align 4
@.str.16 = private unnamed_addr constant [6 x i8] c"g_131\00", align 1
@.str.17 = private unnamed_addr constant [9 x i8] c"g_134.f0\00", align 1
@.str.18 = private unnamed_addr constant [9 x i8] c"g_134.f1\00", align 1
@g_149 = internal global i32 -3, align 4
@.str.19 = private unnamed_addr constant [6 x i8] c"g_149\00", align 1
@g_150 = internal global i8 0, align 1
@.str.20 = private unnamed_addr constant [6 x i8] c"g_150\00", align 1
@g_179 = internal global i16 0, align 2
@.str.21 = private unnamed_addr constant [6 x i8] c"g_179\00", align 1
@g_180 = internal global i32 543581985, align 4
@.str.22 = private unnamed_addr constant [6 x i8] c"g_180\00", align 1
@g_227 = internal global i64 -8529043997359378960, align 8
@.str.23 = private unnamed_addr constant [6 x i8] c"g_227\00", align 1
@g_246 = internal global i16 3, align 2
@.str.24 = private unnamed_addr constant [6 x i8] c"g_246\00", align 1
@g_266 = internal global i8 -103, align 1
@.str.25 = private unnamed_addr constant [6 x i8] c"g_266\00", align 1
@g_349 = internal global i8 -108, align 1
@.str.26 = private unnamed_addr constant [6 x i8] c"g_349\00", align 1
@g_720 = internal global i8 72, align 1
@.str.27 = private unnamed_addr constant [6 x i8] c"g_720\00", align 1
@g_736 = internal global i32 -186376953, align 4
@.str.28 = private unnamed_addr constant [6 x i8] c"g_736\00", align 1
@.str.29 = private unnamed_addr constant [6 x i8] c"g_920\00", align 1
@g_922 = internal global i64 4568643593508548759, align 8
@.str.30 = private unnamed_addr constant [6 x i8] c"g_922\00", align 1
@g_943 = internal global i32 -2033678359, align 4
@.str.31 = private unnamed_addr constant [6 x i8] c"g_943\00", align 1
@g_1332 = internal global i32 -1102165383, align 4
@.str.32 = private unnamed_addr constant [7 x i8] c"g_1332\00", align 1
@g_1374 = internal global [2 x [1 x [5 x i32]]] [[1 x [5 x i32]] [[5 x i32] [i32 3, i32 -2, i32 3, i32 -2, i32 3]], [1 x [5 x i32]] [[5 x i32] [i32 -6, i32 -6, i32 -6, i32 -6, i32 -6]]], align 16
@.str.33 = private unnamed_addr constant [16 x i8] c"g_1374[i][j][k]\00", align 1
@g_1389 = internal global i16 -2, align 2
@.str.34 = private unnamed_addr constant [7 x i8] c"g_1389\00", align 1
@g_1411 = internal global i32 4, align 4
@.str.35 = private unnamed_addr constant [7 x i8] c"g_1411\00", align 1
@g_1463 = internal global [10 x i64] [i64 3572714280513535097, i64 0, i64 -1, i64 -1, i64 0, i64 3572714280513535097, i64 0, i64 -1, i64 -1, i64 0], align 16
@.str.36 = private unnamed_addr constant [10 x i8] c"g_1463[i]\00", align 1
@.str.37 = private unnamed_addr constant [14 x i8] c"index = [%d]\0A\00", align 1
@g_1508 = internal global i64 8, align 8
@.str.38 = private unnamed_addr constant [7 x i8] c"g_1508\00", align 1
@g_1587 = internal global i32 -270849317, align 4
@.str.39 = private unnamed_addr constant [7 x i8] c"g_1587\00", align 1
@g_1862 = internal global i16 -19673, align 2
@.str.40 = private unnamed_addr constant [7 x i8] c"g_1862\00", align 1
@g_2126 = internal global i16 12708, align 2
@.str.41 = private unnamed_addr constant [7 x i8] c"g_2126\00", align 1
@g_2422 = internal global i32 -74889965, align 4
@.str.42 = private unnamed_addr constant [7 x i8] c"g_2422\00", align 1
@g_2424 = internal global i32 -1109418264, align 4
@.str.43 = private unnamed_addr constant [7 x i8] c"g_2424\00", align 1
@g_2577 = internal global [3 x [9 x i16]] [[9 x i16] [i16 -3, i16 1, i16 1, i16 8, i16 8, i16 1, i16 1, i16 -3, i16 1], [9 x i16] [i16 17492, i16 4, i16 1, i16 1, i16 4, i16 17492, i16 8, i16 17492, i16 4], [9 x i16] [i16 17492, i16 1, i16 1, i16 17492, i16 -3, i16 4, i16 -3, i16 17492, i16 1]], align 16
@.str.44 = private unnamed_addr constant [13 x i8] c"g_2577[i][j]\00", align 1
@g_2628 = internal global [10 x [9 x i8]] [[9 x i8] c"\09H\00\0F\1A\FF\8B\FF\FC", [9 x i8] c"\FC\F8\1A\FF\0F\97j\F9\00", [9 x i8] c"\00j\1A\1B\FF\1B\1Aj\00", [9 x i8] c"\C2\FF\00j\FF\00\03\FF\FC", [9 x i8] c"\01\00\00\F8\F9\8B\FC\00\FF", [9 x i8] c"\FF\E9\FF@j\FBH\FF\09", [9 x i8] c"\F8\FE\FB\FB\0F\E9\FF\FF\E9", [9 x i8] c"'\FF\15\FF'\FF$\00\00", [9 x i8] c"\FF\F8H'$|\FB\01\FC", [9 x i8] c"\FF\05\E9\C2\F8\FF\FF%\FF"], align 16
@.str.45 = private unnamed_addr constant [13 x i8] c"g_2628[i][j]\00", align 1
@g_2746 = internal global i32 -5, align 4
@.str.46 = private unnamed_addr constant [7 x i8] c"g_2746\00", align 1
@crc32_context = internal global i32 -1, align 4
@crc32_tab = internal global [256 x i32] zeroinitializer, align 16
@__const.func_1.l_30 = private unnamed_addr constant [9 x [1 x [2 x i32]]] [[1 x [2 x i32]] [[2 x i32] [i32 1, i32 1]], [1 x [2 x i32]] [[2 x i32] [i32 1, i32 1]], [1 x [2 x i32]] [[2 x i32] [i32 1, i32 1]], [1 x [2 x i32]] [[2 x i32] [i32 1, i32 1]], [1 x [2 x i32]] [[2 x i32] [i32 1, i32 1]], [1 x [2 x i32]] [[2 x i32] [i32 1, i32 1]], [1 x [2 x i32]] [[2 x i32] [i32 1, i32 1]], [1 x [2 x i32]] [[2 x i32] [i32 1, i32 1]], [1 x [2 x i32]] [[2 x i32] [i32 1, i32 1]]], align 16
@g_32 = internal global ptr @g_2, align 8
@g_689 = internal global ptr @g_246, align 8
@g_612 = internal global ptr @g_134, align 8
@g_939 = internal global ptr null, align 8
@__const.func_1.l_2517 = private unnamed_addr constant [6 x [3 x ptr]] [[3 x ptr] [ptr @g_939, ptr @g_939, ptr @g_939], [3 x ptr] [ptr @g_939, ptr @g_939, ptr @g_939], [3 x ptr] [ptr null, ptr @g_939, ptr @g_939], [3 x ptr] [ptr @g_939, ptr @g_939, ptr @g_939], [3 x ptr] [ptr null, ptr @g_939, ptr null], [3 x ptr] [ptr @g_939, ptr @g_939, ptr @g_939]], align 16
@__const.func_1.l_2538 = private unnamed_addr constant [1 x [4 x [7 x i32]]] [[4 x [7 x i32]] [[7 x i32] [i32 -122749187, i32 -10, i32 1966303862, i32 -1677494600, i32 393506689, i32 -653035612, i32 -1684781859], [7 x i32] [i32 393506689, i32 -1684781859, i32 623899878, i32 623899878, i32 -1684781859, i32 393506689, i32 -122749187], [7 x i32] [i32 1, i32 623899878, i32 1966303862, i32 -122749187, i32 -338018567, i32 393506689, i32 393506689], [7 x i32] [i32 -1677494600, i32 -338018567, i32 -558049781, i32 -338018567, i32 -1677494600, i32 -653035612, i32 1]]], align 16
@__const.func_1.l_2598 = private unnamed_addr constant [1 x [4 x [2 x i16]]] [[4 x [2 x i16]] [[2 x i16] [i16 5, i16 2], [2 x i16] [i16 5, i16 2], [2 x i16] [i16 5, i16 2], [2 x i16] [i16 5, i16 2]]], align 16
@g_1734 = internal global [3 x ptr] [ptr @g_1735, ptr @g_1735, ptr @g_1735], align 16
@__const.func_1.l_20 = private unnamed_addr constant [3 x [4 x [6 x ptr]]] [[4 x [6 x ptr]] [[6 x ptr] [ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21], [6 x ptr] [ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21], [6 x ptr] [ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21], [6 x ptr] [ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21]], [4 x [6 x ptr]] [[6 x ptr] [ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21], [6 x ptr] [ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21], [6 x ptr] [ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21], [6 x ptr] [ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21]], [4 x [6 x ptr]] [[6 x ptr] [ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21], [6 x ptr] [ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21], [6 x ptr] [ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21], [6 x ptr] [ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21, ptr @g_21]]], align 16
@__const.func_1.l_41 = private unnamed_addr constant [4 x i64] [i64 -4237546060699851467, i64 -4237546060699851467, i64 -4237546060699851467, i64 -4237546060699851467], align 16
@g_307 = internal global ptr getelementptr (i8, ptr @g_68, i64 1528), align 8
@__const.func_1.l_2408 = private unnamed_addr constant [7 x [5 x [7 x i32]]] [[5 x [7 x i32]] [[7 x i32] [i32 1, i32 1971489656, i32 0, i32 -3, i32 -1, i32 -3, i32 -1978488692], [7 x i32] [i32 1, i32 1, i32 465611649, i32 -10, i32 -1978488692, i32 1, i32 -4], [7 x i32] [i32 -1316633073, i32 -970224236, i32 0, i32 1238781892, i32 241029742, i32 0, i32 -2084764854], [7 x i32] [i32 2084693891, i32 -277890679, i32 -2074264781, i32 1431261356, i32 -1, i32 9, i32 -1316633073], [7 x i32] [i32 -2, i32 1, i32 0, i32 -4, i32 -3, i32 656748914, i32 2]], [5 x [7 x i32]] [[7 x i32] [i32 99132833, i32 -1978488692, i32 5, i32 864194113, i32 1639977577, i32 7, i32 -6], [7 x i32] [i32 2141032632, i32 -241455320, i32 1431261356, i32 864194113, i32 -1978488692, i32 -1, i32 492385872], [7 x i32] [i32 -3, i32 -243237761, i32 73556887, i32 -4, i32 -2084764854, i32 -10, i32 6], [7 x i32] [i32 -1, i32 -277039047, i32 -3, i32 1431261356, i32 -1155573932, i32 1431261356, i32 -3], [7 x i32] [i32 -1, i32 -1, i32 -277890679, i32 1238781892, i32 -4, i32 1, i32 656748914]], [5 x [7 x i32]] [[7 x i32] [i32 1, i32 0, i32 5, i32 -10, i32 1, i32 -1, i32 0], [7 x i32] [i32 -1, i32 1316598935, i32 1, i32 -3, i32 -4, i32 1115020446, i32 -4], [7 x i32] [i32 -1978488692, i32 -243237761, i32 -6, i32 1, i32 -1155573932, i32 -1316633073, i32 1], [7 x i32] [i32 -9, i32 1971489656, i32 -4, i32 2084693891, i32 -2084764854, i32 9, i32 -1978488692], [7 x i32] [i32 -1, i32 -1, i32 -10, i32 1905475018, i32 -1978488692, i32 -1, i32 1]], [5 x [7 x i32]] [[7 x i32] [i32 656748914, i32 -10, i32 0, i32 5, i32 1639977577, i32 -1, i32 0], [7 x i32] [i32 2084693891, i32 241029742, i32 -284299161, i32 -277890679, i32 -3, i32 9, i32 -243237761], [7 x i32] [i32 -6, i32 -970224236, i32 1, i32 -4, i32 -1, i32 -1316633073, i32 -1], [7 x i32] [i32 -7, i32 -1978488692, i32 -1978488692, i32 -7, i32 241029742, i32 1115020446, i32 -6], [7 x i32] [i32 -2, i32 7, i32 -277890679, i32 0, i32 -1978488692, i32 -1, i32 99132833]], [5 x [7 x i32]] [[7 x i32] [i32 2, i32 -1316633073, i32 73556887, i32 1971489656, i32 -1, i32 1, i32 -6], [7 x i32] [i32 -1, i32 1316598935, i32 2084693891, i32 -277890679, i32 -2074264781, i32 1431261356, i32 -1], [7 x i32] [i32 0, i32 -2084764854, i32 5, i32 1238781892, i32 2093359038, i32 -10, i32 -243237761], [7 x i32] [i32 -9, i32 0, i32 -1978488692, i32 465611649, i32 -970224236, i32 -1, i32 0], [7 x i32] [i32 -1, i32 -3, i32 0, i32 73556887, i32 -4, i32 7, i32 1971489656]], [5 x [7 x i32]] [[7 x i32] [i32 864194113, i32 -9, i32 6, i32 1431261356, i32 -6, i32 5, i32 -7], [7 x i32] [i32 -4, i32 -3, i32 -6, i32 465611649, i32 1431261356, i32 0, i32 99132833], [7 x i32] [i32 1431261356, i32 99132833, i32 1, i32 1, i32 99132833, i32 1431261356, i32 7], [7 x i32] [i32 1238781892, i32 -1, i32 -284299161, i32 -4, i32 656748914, i32 5, i32 1431261356], [7 x i32] [i32 -10, i32 -1316633073, i32 2141032632, i32 -243237761, i32 465611649, i32 -4, i32 5]], [5 x [7 x i32]] [[7 x i32] [i32 -3, i32 -1, i32 241029742, i32 9, i32 -10, i32 5, i32 465611649], [7 x i32] [i32 1, i32 99132833, i32 0, i32 1, i32 -1, i32 -803891542, i32 2], [7 x i32] [i32 2084693891, i32 -3, i32 -243237761, i32 -2084764854, i32 99132833, i32 -7, i32 -1], [7 x i32] [i32 1905475018, i32 -9, i32 465611649, i32 -803891542, i32 1639977577, i32 5, i32 2084693891], [7 x i32] [i32 5, i32 -4, i32 465611649, i32 -243237761, i32 2141032632, i32 -1316633073, i32 -10]]], align 16
@__const.func_1.l_2499 = private unnamed_addr constant <{ i64, i8, i8, i8 }> <{ i64 8, i8 55, i8 1, i8 0 }>, align 1
@__const.func_1.l_2508 = private unnamed_addr constant [10 x [8 x [3 x i32]]] [[8 x [3 x i32]] [[3 x i32] [i32 1298172529, i32 -1690999028, i32 -1503505761], [3 x i32] [i32 3, i32 -182757066, i32 0], [3 x i32] [i32 -1281212318, i32 -9, i32 -1281212318], [3 x i32] [i32 -1, i32 0, i32 -1], [3 x i32] [i32 1298172529, i32 -9, i32 -1968435865], [3 x i32] [i32 -2, i32 -182757066, i32 -169970003], [3 x i32] [i32 -154092329, i32 -1690999028, i32 -1281212318], [3 x i32] [i32 -2, i32 -574200171, i32 -574200171]], [8 x [3 x i32]] [[3 x i32] [i32 1298172529, i32 1887735424, i32 -1503505761], [3 x i32] [i32 -1, i32 -182757066, i32 -574200171], [3 x i32] [i32 -1281212318, i32 -447831716, i32 -1281212318], [3 x i32] [i32 3, i32 0, i32 -169970003], [3 x i32] [i32 1298172529, i32 -447831716, i32 -1968435865], [3 x i32] [i32 -182757066, i32 -182757066, i32 -1], [3 x i32] [i32 -154092329, i32 1887735424, i32 -1281212318], [3 x i32] [i32 -182757066, i32 -574200171, i32 0]], [8 x [3 x i32]] [[3 x i32] [i32 1298172529, i32 -1690999028, i32 -1503505761], [3 x i32] [i32 3, i32 -182757066, i32 0], [3 x i32] [i32 -1281212318, i32 -9, i32 -1281212318], [3 x i32] [i32 -1, i32 0, i32 -1], [3 x i32] [i32 1298172529, i32 -9, i32 -1968435865], [3 x i32] [i32 -2, i32 -182757066, i32 -169970003], [3 x i32] [i32 -154092329, i32 -1690999028, i32 -1281212318], [3 x i32] [i32 -2, i32 -574200171, i32 -574200171]], [8 x [3 x i32]] [[3 x i32] [i32 1298172529, i32 1887735424, i32 -1503505761], [3 x i32] [i32 -1, i32 -182757066, i32 -574200171], [3 x i32] [i32 -1281212318, i32 -447831716, i32 -1281212318], [3 x i32] [i32 3, i32 0, i32 -169970003], [3 x i32] [i32 1298172529, i32 -447831716, i32 -1968435865], [3 x i32] [i32 -182757066, i32 -182757066, i32 -1], [3 x i32] [i32 -154092329, i32 1887735424, i32 -1281212318], [3 x i32] [i32 -182757066, i32 -574200171, i32 0]], [8 x [3 x i32]] [[3 x i32] [i32 1298172529, i32 -1690999028, i32 -1503505761], [3 x i32] [i32 3, i32 -182757066, i32 0], [3 x i32] [i32 -1281212318, i32 -9, i32 -1281212318], [3 x i32] [i32 -1, i32 0, i32 -1], [3 x i32] [i32 1298172529, i32 -9, i32 -1968435865], [3 x i32] [i32 -2, i32 -182757066, i32 -169970003], [3 x i32] [i32 -154092329, i32 -1690999028, i32 -1281212318], [3 x i32] [i32 -2, i32 -574200171, i32 -574200171]], [8 x [3 x i32]] [[3 x i32] [i32 1298172529, i32 1887735424, i32 -1503505761], [3 x i32] [i32 -1, i32 -182757066, i32 -574200171], [3 x i32] [i32 -1281212318, i32 -447831716, i32 -1281212318], [3 x i32] [i32 3, i32 0, i32 -169970003], [3 x i32] [i32 1298172529, i32 -447831716, i32 -1968435865], [3 x i32] [i32 -182757066, i32 -182757066, i32 -1], [3 x i32] [i32 -154092329, i32 1887735424, i32 -1281212318], [3 x i32] [i32 -182757066, i32 -574200171, i32 0]], [8 x [3 x i32]] [[3 x i32] [i32 1298172529, i32 -1690999028, i32 -1503505761], [3 x i32] [i32 3, i32 -182757066, i32 0], [3 x i32] [i32 -1281212318, i32 -9, i32 -1281212318], [3 x i32] [i32 -1, i32 0, i32 -1], [3 x i32] [i32 1298172529, i32 -9, i32 -1968435865], [3 x i32] [i32 -2, i32 -182757066, i32 -169970003], [3 x i32] [i32 -154092329, i32 -1690999028, i32 -1281212318], [3 x i32] [i32 -2, i32 -574200171, i32 -574200171]], [8 x [3 x i32]] [[3 x i32] [i32 1298172529, i32 1887735424, i32 -1503505761], [3 x i32] [i32 -1, i32 -182757066, i32 -574200171], [3 x i32] [i32 -1281212318, i32 -447831716, i32 -1281212318], [3 x i32] [i32 3, i32 0, i32 -169970003], [3 x i32] [i32 1298172529, i32 -447831716, i32 -1968435865], [3 x i32] [i32 -182757066, i32 -182757066, i32 -1], [3 x i32] [i32 -154092329, i32 1887735424, i32 -1281212318], [3 x i32] [i32 -182757066, i32 -574200171, i32 0]], [8 x [3 x i32]] [[3 x i32] [i32 1298172529, i32 -1690999028, i32 -1503505761], [3 x i32] [i32 3, i32 -182757066, i32 0], [3 x i32] [i32 -1281212318, i32 -9, i32 -1281212318], [3 x i32] [i32 -1, i32 0, i32 -1], [3 x i32] [i32 1298172529, i32 -9, i32 -1968435865], [3 x i32] [i32 -2, i32 -182757066, i32 -169970003], [3 x i32] [i32 -154092329, i32 -1690999028, i32 -1281212318], [3 x i32] [i32 -2, i32 -574200171, i32 -574200171]], [8 x [3 x i32]] [[3 x i32] [i32 1298172529, i32 1887735424, i32 -1503505761], [3 x i32] [i32 -1, i32 -182757066, i32 -574200171], [3 x i32] [i32 -1281212318, i32 -447831716, i32 -1281212318], [3 x i32] [i32 3, i32 0, i32 -169970003], [3 x i32] [i32 1298172529, i32 -447831716, i32 -1968435865], [3 x i32] [i32 -182757066, i32 -182757066, i32 -1], [3 x i32] [i32 -154092329, i32 1887735424, i32 -1281212318], [3 x i32] [i32 -182757066, i32 -574200171, i32 0]]], align 16
@__const.func_1.l_2549 = private unnamed_addr constant <{ i64, i8, i8, i8 }> <{ i64 1304406410327321633, i8 -11, i8 3, i8 0 }>, align 1
@g_1735 = internal global ptr @g_689, align 8
@g_2052 = internal global ptr @g_2053, align 8
@g_735 = internal global ptr @g_736, align 8
@g_127 = internal global ptr @g_128, align 8
@g_703 = internal global ptr @g_227, align 8
@__const.func_1.l_2572 = private unnamed_addr constant [1 x [8 x [3 x i8]]] [[8 x [3 x i8]] [[3 x i8] c"\CF\CF\CF", [3 x i8] c"\FB\FB\FB", [3 x i8] c"\CF\CF\CF", [3 x i8] c"\FB\FB\FB", [3 x i8] c"\CF\CF\CF", [3 x i8] c"\FB\FB\FB", [3 x i8] c"\CF\CF\CF", [3 x i8] c"\FB\FB\FB"]], align 16
@g_702 = internal global [9 x ptr] [ptr @g_703, ptr @g_703, ptr @g_703, ptr @g_703, ptr @g_703, ptr @g_703, ptr @g_703, ptr @g_703, ptr @g_703], align 16
@g_31 = internal global ptr @g_32, align 8
@g_686 = internal global ptr @g_687, align 8
@__const.func_1.l_2612 = private unnamed_addr constant <{ i64, i8, i8, i8 }> <{ i64 6863375202853420211, i8 115, i8 1, i8 0 }>, align 1
@__const.func_1.l_2589 = private unnamed_addr constant [6 x ptr] [ptr @g_131, ptr @g_180, ptr @g_131, ptr @g_131, ptr @g_180, ptr @g_131], align 16
@g_611 = internal global ptr @g_612, align 8
@g_940 = internal global ptr @g_907, align 8
@g_17 = internal global ptr @g_18, align 8
@g_907 = internal global ptr @g_266, align 8
@g_1146 = internal global ptr @g_307, align 8
@g_271 = internal global [1 x [6 x ptr]] zeroinitializer, align 16
@g_687 = internal global ptr @g_688, align 8
@__const.func_1.l_2727 = private unnamed_addr constant <{ i64, i8, i8, i8 }> <{ i64 -2873186877046201844, i8 -63, i8 5, i8 0 }>, align 1
@g_2519 = internal global ptr @g_907, align 8
@g_68 = internal global [10 x [8 x [3 x ptr]]] [[8 x [3 x ptr]] [[3 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_69, i64 984), ptr getelementptr (i8, ptr @g_69, i64 608)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 112), ptr getelementptr (i8, ptr @g_69, i64 608)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 392), ptr getelementptr (i8, ptr @g_69, i64 608)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 872), ptr getelementptr (i8, ptr @g_69, i64 608)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 392), ptr null, ptr getelementptr (i8, ptr @g_69, i64 608)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 440), ptr getelementptr (i8, ptr @g_69, i64 872), ptr getelementptr (i8, ptr @g_69, i64 440)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 432), ptr getelementptr (i8, ptr @g_69, i64 392), ptr getelementptr (i8, ptr @g_69, i64 288)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 112), ptr getelementptr (i8, ptr @g_69, i64 1328)]], [8 x [3 x ptr]] [[3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 1168), ptr getelementptr (i8, ptr @g_69, i64 984), ptr getelementptr (i8, ptr @g_69, i64 608)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 776), ptr getelementptr (i8, ptr @g_69, i64 544)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 608)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 608), ptr null, ptr getelementptr (i8, ptr @g_69, i64 608)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 184), ptr getelementptr (i8, ptr @g_69, i64 288), ptr getelementptr (i8, ptr @g_69, i64 984)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 440), ptr null, ptr getelementptr (i8, ptr @g_69, i64 648)], [3 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_69, i64 184), ptr getelementptr (i8, ptr @g_69, i64 984)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 112), ptr getelementptr (i8, ptr @g_69, i64 608)]], [8 x [3 x ptr]] [[3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 624), ptr getelementptr (i8, ptr @g_69, i64 848), ptr getelementptr (i8, ptr @g_69, i64 608)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 544)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 392), ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 608)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 1328), ptr getelementptr (i8, ptr @g_69, i64 872), ptr getelementptr (i8, ptr @g_69, i64 1328)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 184), ptr getelementptr (i8, ptr @g_69, i64 848), ptr getelementptr (i8, ptr @g_69, i64 288)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 144), ptr getelementptr (i8, ptr @g_69, i64 1248), ptr getelementptr (i8, ptr @g_69, i64 440)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 1168), ptr getelementptr (i8, ptr @g_69, i64 184), ptr getelementptr (i8, ptr @g_69, i64 608)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 112), ptr getelementptr (i8, ptr @g_69, i64 608)]], [8 x [3 x ptr]] [[3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 1320), ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 8)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 440), ptr getelementptr (i8, ptr @g_69, i64 120), ptr getelementptr (i8, ptr @g_69, i64 544)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 864), ptr null], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 520), ptr getelementptr (i8, ptr @g_69, i64 1248), ptr getelementptr (i8, ptr @g_69, i64 696)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 184), ptr null, ptr null], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 608), ptr null, ptr getelementptr (i8, ptr @g_69, i64 544)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 184), ptr getelementptr (i8, ptr @g_69, i64 288)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 696), ptr getelementptr (i8, ptr @g_69, i64 1336), ptr getelementptr (i8, ptr @g_69, i64 608)]], [8 x [3 x ptr]] [[3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 432), ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 608)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 1336), ptr getelementptr (i8, ptr @g_69, i64 536)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 184), ptr null], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 1328), ptr null, ptr getelementptr (i8, ptr @g_69, i64 520)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 864), ptr null, ptr getelementptr (i8, ptr @g_69, i64 608)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 1264), ptr getelementptr (i8, ptr @g_69, i64 1248), ptr getelementptr (i8, ptr @g_69, i64 648)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 1320), ptr getelementptr (i8, ptr @g_69, i64 864), ptr getelementptr (i8, ptr @g_69, i64 288)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 1328), ptr getelementptr (i8, ptr @g_69, i64 120), ptr getelementptr (i8, ptr @g_69, i64 608)]], [8 x [3 x ptr]] [[3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 624), ptr getelementptr (i8, ptr @g_69, i64 608), ptr null], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 112), ptr getelementptr (i8, ptr @g_69, i64 608)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 184), ptr getelementptr (i8, ptr @g_69, i64 608), ptr null], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 696), ptr null, ptr getelementptr (i8, ptr @g_69, i64 608)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 984), ptr getelementptr (i8, ptr @g_69, i64 288)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 648)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 432), ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 608)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 520), ptr getelementptr (i8, ptr @g_69, i64 1336), ptr getelementptr (i8, ptr @g_69, i64 520)]], [8 x [3 x ptr]] [[3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 624), ptr getelementptr (i8, ptr @g_69, i64 984), ptr null], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 440), ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 536)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 864), ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 608)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 1248), ptr getelementptr (i8, ptr @g_69, i64 608)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 864), ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 288)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 440), ptr null, ptr getelementptr (i8, ptr @g_69, i64 544)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 624), ptr getelementptr (i8, ptr @g_69, i64 864), ptr null], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 520), ptr getelementptr (i8, ptr @g_69, i64 112), ptr getelementptr (i8, ptr @g_69, i64 696)]], [8 x [3 x ptr]] [[3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 432), ptr null, ptr null], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 544)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 184), ptr getelementptr (i8, ptr @g_69, i64 8)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 696), ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 608)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 184), ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 608)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 536)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 624), ptr getelementptr (i8, ptr @g_69, i64 184), ptr getelementptr (i8, ptr @g_69, i64 608)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 1328), ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 520)]], [8 x [3 x ptr]] [[3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 1320), ptr null, ptr getelementptr (i8, ptr @g_69, i64 608)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 1264), ptr getelementptr (i8, ptr @g_69, i64 112), ptr getelementptr (i8, ptr @g_69, i64 648)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 864), ptr getelementptr (i8, ptr @g_69, i64 864), ptr getelementptr (i8, ptr @g_69, i64 8)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 1328), ptr null, ptr getelementptr (i8, ptr @g_69, i64 608)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 608), ptr null], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 1248), ptr getelementptr (i8, ptr @g_69, i64 608)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 432), ptr getelementptr (i8, ptr @g_69, i64 608), ptr null], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 696), ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 608)]], [8 x [3 x ptr]] [[3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 984), ptr getelementptr (i8, ptr @g_69, i64 8)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 1336), ptr getelementptr (i8, ptr @g_69, i64 648)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 184), ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 608)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 520), ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 520)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 984), ptr getelementptr (i8, ptr @g_69, i64 608)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 440), ptr null, ptr getelementptr (i8, ptr @g_69, i64 536)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 1320), ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 608)], [3 x ptr] [ptr getelementptr (i8, ptr @g_69, i64 608), ptr getelementptr (i8, ptr @g_69, i64 112), ptr getelementptr (i8, ptr @g_69, i64 608)]]], align 16
@g_2053 = internal global ptr null, align 8
@g_688 = internal constant ptr @g_689, align 8
@.str.47 = private unnamed_addr constant [36 x i8] c"...checksum after hashing %s : %lX\0A\00", align 1
@g_128 = internal global <{ i64, i8, i8, i8 }> <{ i64 -450397744182420548, i8 33, i8 0, i8 0 }>, align 1
@g_134 = internal global <{ i64, i8, i8, i8 }> <{ i64 6, i8 -30, i8 6, i8 0 }>, align 1
@.str.50 = private unnamed_addr constant [15 x i8] c"checksum = %X\0A\00", align 1

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
  %20 = call signext i8 @func_1()
  %21 = load i32, ptr @g_2, align 4
  %22 = sext i32 %21 to i64
  %23 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %22, ptr noundef @.str.1, i32 noundef %23)
  %24 = load i64, ptr @g_13, align 8
  %25 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %24, ptr noundef @.str.2, i32 noundef %25)
  %26 = load volatile i64, ptr @g_18, align 8
  %27 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %26, ptr noundef @.str.3, i32 noundef %27)
  %28 = load i8, ptr @g_21, align 1
  %29 = sext i8 %28 to i64
  %30 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %29, ptr noundef @.str.4, i32 noundef %30)
  %31 = load i16, ptr @g_23, align 2
  %32 = zext i16 %31 to i64
  %33 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %32, ptr noundef @.str.5, i32 noundef %33)
  %34 = load i32, ptr @g_29, align 4
  %35 = zext i32 %34 to i64
  %36 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %35, ptr noundef @.str.6, i32 noundef %36)
  store i32 0, ptr %6, align 4
  br label %37

37:                                               ; preds = %76, %19
  %38 = load i32, ptr %6, align 4
  %39 = icmp slt i32 %38, 8
  br i1 %39, label %40, label %79

40:                                               ; preds = %37
  store i32 0, ptr %7, align 4
  br label %41

41:                                               ; preds = %72, %40
  %42 = load i32, ptr %7, align 4
  %43 = icmp slt i32 %42, 7
  br i1 %43, label %44, label %75

44:                                               ; preds = %41
  store i32 0, ptr %8, align 4
  br label %45

45:                                               ; preds = %68, %44
  %46 = load i32, ptr %8, align 4
  %47 = icmp slt i32 %46, 3
  br i1 %47, label %48, label %71

48:                                               ; preds = %45
  %49 = load i32, ptr %6, align 4
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [8 x [7 x [3 x i64]]], ptr @g_69, i64 0, i64 %50
  %52 = load i32, ptr %7, align 4
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds [7 x [3 x i64]], ptr %51, i64 0, i64 %53
  %55 = load i32, ptr %8, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds [3 x i64], ptr %54, i64 0, i64 %56
  %58 = load i64, ptr %57, align 8
  %59 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %58, ptr noundef @.str.7, i32 noundef %59)
  %60 = load i32, ptr %9, align 4
  %61 = icmp ne i32 %60, 0
  br i1 %61, label %62, label %67

62:                                               ; preds = %48
  %63 = load i32, ptr %6, align 4
  %64 = load i32, ptr %7, align 4
  %65 = load i32, ptr %8, align 4
  %66 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %63, i32 noundef %64, i32 noundef %65)
  br label %67

67:                                               ; preds = %62, %48
  br label %68

68:                                               ; preds = %67
  %69 = load i32, ptr %8, align 4
  %70 = add nsw i32 %69, 1
  store i32 %70, ptr %8, align 4
  br label %45, !llvm.loop !6

71:                                               ; preds = %45
  br label %72

72:                                               ; preds = %71
  %73 = load i32, ptr %7, align 4
  %74 = add nsw i32 %73, 1
  store i32 %74, ptr %7, align 4
  br label %41, !llvm.loop !8

75:                                               ; preds = %41
  br label %76

76:                                               ; preds = %75
  %77 = load i32, ptr %6, align 4
  %78 = add nsw i32 %77, 1
  store i32 %78, ptr %6, align 4
  br label %37, !llvm.loop !9

79:                                               ; preds = %37
  %80 = load i32, ptr @g_84, align 4
  %81 = sext i32 %80 to i64
  %82 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %81, ptr noundef @.str.9, i32 noundef %82)
  %83 = load i64, ptr @g_98, align 8
  %84 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %83, ptr noundef @.str.10, i32 noundef %84)
  %85 = load i32, ptr @g_121, align 4
  %86 = sext i32 %85 to i64
  %87 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %86, ptr noundef @.str.11, i32 noundef %87)
  store i32 0, ptr %6, align 4
  br label %88

88:                                               ; preds = %116, %79
  %89 = load i32, ptr %6, align 4
  %90 = icmp slt i32 %89, 6
  br i1 %90, label %91, label %119

91:                                               ; preds = %88
  store i32 0, ptr %7, align 4
  br label %92

92:                                               ; preds = %112, %91
  %93 = load i32, ptr %7, align 4
  %94 = icmp slt i32 %93, 9
  br i1 %94, label %95, label %115

95:                                               ; preds = %92
  %96 = load i32, ptr %6, align 4
  %97 = sext i32 %96 to i64
  %98 = getelementptr inbounds [6 x [9 x i32]], ptr @g_123, i64 0, i64 %97
  %99 = load i32, ptr %7, align 4
  %100 = sext i32 %99 to i64
  %101 = getelementptr inbounds [9 x i32], ptr %98, i64 0, i64 %100
  %102 = load i32, ptr %101, align 4
  %103 = zext i32 %102 to i64
  %104 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %103, ptr noundef @.str.12, i32 noundef %104)
  %105 = load i32, ptr %9, align 4
  %106 = icmp ne i32 %105, 0
  br i1 %106, label %107, label %111

107:                                              ; preds = %95
  %108 = load i32, ptr %6, align 4
  %109 = load i32, ptr %7, align 4
  %110 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %108, i32 noundef %109)
  br label %111

111:                                              ; preds = %107, %95
  br label %112

112:                                              ; preds = %111
  %113 = load i32, ptr %7, align 4
  %114 = add nsw i32 %113, 1
  store i32 %114, ptr %7, align 4
  br label %92, !llvm.loop !10

115:                                              ; preds = %92
  br label %116

116:                                              ; preds = %115
  %117 = load i32, ptr %6, align 4
  %118 = add nsw i32 %117, 1
  store i32 %118, ptr %6, align 4
  br label %88, !llvm.loop !11

119:                                              ; preds = %88
  %120 = load volatile i64, ptr @g_128, align 1
  %121 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %120, ptr noundef @.str.14, i32 noundef %121)
  %122 = load volatile i24, ptr getelementptr inbounds (%struct.S0, ptr @g_128, i32 0, i32 1), align 1
  %123 = and i24 %122, 4194303
  %124 = zext i24 %123 to i32
  %125 = zext i32 %124 to i64
  %126 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %125, ptr noundef @.str.15, i32 noundef %126)
  %127 = load i32, ptr @g_131, align 4
  %128 = sext i32 %127 to i64
  %129 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %128, ptr noundef @.str.16, i32 noundef %129)
  %130 = load i64, ptr @g_134, align 1
  %131 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %130, ptr noundef @.str.17, i32 noundef %131)
  %132 = load i24, ptr getelementptr inbounds (%struct.S0, ptr @g_134, i32 0, i32 1), align 1
  %133 = and i24 %132, 4194303
  %134 = zext i24 %133 to i32
  %135 = zext i32 %134 to i64
  %136 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %135, ptr noundef @.str.18, i32 noundef %136)
  %137 = load i32, ptr @g_149, align 4
  %138 = sext i32 %137 to i64
  %139 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %138, ptr noundef @.str.19, i32 noundef %139)
  %140 = load i8, ptr @g_150, align 1
  %141 = zext i8 %140 to i64
  %142 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %141, ptr noundef @.str.20, i32 noundef %142)
  %143 = load i16, ptr @g_179, align 2
  %144 = zext i16 %143 to i64
  %145 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %144, ptr noundef @.str.21, i32 noundef %145)
  %146 = load i32, ptr @g_180, align 4
  %147 = sext i32 %146 to i64
  %148 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %147, ptr noundef @.str.22, i32 noundef %148)
  %149 = load i64, ptr @g_227, align 8
  %150 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %149, ptr noundef @.str.23, i32 noundef %150)
  %151 = load i16, ptr @g_246, align 2
  %152 = sext i16 %151 to i64
  %153 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %152, ptr noundef @.str.24, i32 noundef %153)
  %154 = load i8, ptr @g_266, align 1
  %155 = sext i8 %154 to i64
  %156 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %155, ptr noundef @.str.25, i32 noundef %156)
  %157 = load i8, ptr @g_349, align 1
  %158 = sext i8 %157 to i64
  %159 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %158, ptr noundef @.str.26, i32 noundef %159)
  %160 = load i8, ptr @g_720, align 1
  %161 = zext i8 %160 to i64
  %162 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %161, ptr noundef @.str.27, i32 noundef %162)
  %163 = load volatile i32, ptr @g_736, align 4
  %164 = sext i32 %163 to i64
  %165 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %164, ptr noundef @.str.28, i32 noundef %165)
  %166 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 26200, ptr noundef @.str.29, i32 noundef %166)
  %167 = load i64, ptr @g_922, align 8
  %168 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %167, ptr noundef @.str.30, i32 noundef %168)
  %169 = load volatile i32, ptr @g_943, align 4
  %170 = zext i32 %169 to i64
  %171 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %170, ptr noundef @.str.31, i32 noundef %171)
  %172 = load i32, ptr @g_1332, align 4
  %173 = sext i32 %172 to i64
  %174 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %173, ptr noundef @.str.32, i32 noundef %174)
  store i32 0, ptr %6, align 4
  br label %175

175:                                              ; preds = %215, %119
  %176 = load i32, ptr %6, align 4
  %177 = icmp slt i32 %176, 2
  br i1 %177, label %178, label %218

178:                                              ; preds = %175
  store i32 0, ptr %7, align 4
  br label %179

179:                                              ; preds = %211, %178
  %180 = load i32, ptr %7, align 4
  %181 = icmp slt i32 %180, 1
  br i1 %181, label %182, label %214

182:                                              ; preds = %179
  store i32 0, ptr %8, align 4
  br label %183

183:                                              ; preds = %207, %182
  %184 = load i32, ptr %8, align 4
  %185 = icmp slt i32 %184, 5
  br i1 %185, label %186, label %210

186:                                              ; preds = %183
  %187 = load i32, ptr %6, align 4
  %188 = sext i32 %187 to i64
  %189 = getelementptr inbounds [2 x [1 x [5 x i32]]], ptr @g_1374, i64 0, i64 %188
  %190 = load i32, ptr %7, align 4
  %191 = sext i32 %190 to i64
  %192 = getelementptr inbounds [1 x [5 x i32]], ptr %189, i64 0, i64 %191
  %193 = load i32, ptr %8, align 4
  %194 = sext i32 %193 to i64
  %195 = getelementptr inbounds [5 x i32], ptr %192, i64 0, i64 %194
  %196 = load i32, ptr %195, align 4
  %197 = zext i32 %196 to i64
  %198 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %197, ptr noundef @.str.33, i32 noundef %198)
  %199 = load i32, ptr %9, align 4
  %200 = icmp ne i32 %199, 0
  br i1 %200, label %201, label %206

201:                                              ; preds = %186
  %202 = load i32, ptr %6, align 4
  %203 = load i32, ptr %7, align 4
  %204 = load i32, ptr %8, align 4
  %205 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %202, i32 noundef %203, i32 noundef %204)
  br label %206

206:                                              ; preds = %201, %186
  br label %207

207:                                              ; preds = %206
  %208 = load i32, ptr %8, align 4
  %209 = add nsw i32 %208, 1
  store i32 %209, ptr %8, align 4
  br label %183, !llvm.loop !12

210:                                              ; preds = %183
  br label %211

211:                                              ; preds = %210
  %212 = load i32, ptr %7, align 4
  %213 = add nsw i32 %212, 1
  store i32 %213, ptr %7, align 4
  br label %179, !llvm.loop !13

214:                                              ; preds = %179
  br label %215

215:                                              ; preds = %214
  %216 = load i32, ptr %6, align 4
  %217 = add nsw i32 %216, 1
  store i32 %217, ptr %6, align 4
  br label %175, !llvm.loop !14

218:                                              ; preds = %175
  %219 = load i16, ptr @g_1389, align 2
  %220 = sext i16 %219 to i64
  %221 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %220, ptr noundef @.str.34, i32 noundef %221)
  %222 = load i32, ptr @g_1411, align 4
  %223 = zext i32 %222 to i64
  %224 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %223, ptr noundef @.str.35, i32 noundef %224)
  store i32 0, ptr %6, align 4
  br label %225

225:                                              ; preds = %240, %218
  %226 = load i32, ptr %6, align 4
  %227 = icmp slt i32 %226, 10
  br i1 %227, label %228, label %243

228:                                              ; preds = %225
  %229 = load i32, ptr %6, align 4
  %230 = sext i32 %229 to i64
  %231 = getelementptr inbounds [10 x i64], ptr @g_1463, i64 0, i64 %230
  %232 = load i64, ptr %231, align 8
  %233 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %232, ptr noundef @.str.36, i32 noundef %233)
  %234 = load i32, ptr %9, align 4
  %235 = icmp ne i32 %234, 0
  br i1 %235, label %236, label %239

236:                                              ; preds = %228
  %237 = load i32, ptr %6, align 4
  %238 = call i32 (ptr, ...) @printf(ptr noundef @.str.37, i32 noundef %237)
  br label %239

239:                                              ; preds = %236, %228
  br label %240

240:                                              ; preds = %239
  %241 = load i32, ptr %6, align 4
  %242 = add nsw i32 %241, 1
  store i32 %242, ptr %6, align 4
  br label %225, !llvm.loop !15

243:                                              ; preds = %225
  %244 = load i64, ptr @g_1508, align 8
  %245 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %244, ptr noundef @.str.38, i32 noundef %245)
  %246 = load i32, ptr @g_1587, align 4
  %247 = zext i32 %246 to i64
  %248 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %247, ptr noundef @.str.39, i32 noundef %248)
  %249 = load i16, ptr @g_1862, align 2
  %250 = sext i16 %249 to i64
  %251 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %250, ptr noundef @.str.40, i32 noundef %251)
  %252 = load i16, ptr @g_2126, align 2
  %253 = zext i16 %252 to i64
  %254 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %253, ptr noundef @.str.41, i32 noundef %254)
  %255 = load volatile i32, ptr @g_2422, align 4
  %256 = sext i32 %255 to i64
  %257 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %256, ptr noundef @.str.42, i32 noundef %257)
  %258 = load volatile i32, ptr @g_2424, align 4
  %259 = zext i32 %258 to i64
  %260 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %259, ptr noundef @.str.43, i32 noundef %260)
  store i32 0, ptr %6, align 4
  br label %261

261:                                              ; preds = %289, %243
  %262 = load i32, ptr %6, align 4
  %263 = icmp slt i32 %262, 3
  br i1 %263, label %264, label %292

264:                                              ; preds = %261
  store i32 0, ptr %7, align 4
  br label %265

265:                                              ; preds = %285, %264
  %266 = load i32, ptr %7, align 4
  %267 = icmp slt i32 %266, 9
  br i1 %267, label %268, label %288

268:                                              ; preds = %265
  %269 = load i32, ptr %6, align 4
  %270 = sext i32 %269 to i64
  %271 = getelementptr inbounds [3 x [9 x i16]], ptr @g_2577, i64 0, i64 %270
  %272 = load i32, ptr %7, align 4
  %273 = sext i32 %272 to i64
  %274 = getelementptr inbounds [9 x i16], ptr %271, i64 0, i64 %273
  %275 = load i16, ptr %274, align 2
  %276 = sext i16 %275 to i64
  %277 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %276, ptr noundef @.str.44, i32 noundef %277)
  %278 = load i32, ptr %9, align 4
  %279 = icmp ne i32 %278, 0
  br i1 %279, label %280, label %284

280:                                              ; preds = %268
  %281 = load i32, ptr %6, align 4
  %282 = load i32, ptr %7, align 4
  %283 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %281, i32 noundef %282)
  br label %284

284:                                              ; preds = %280, %268
  br label %285

285:                                              ; preds = %284
  %286 = load i32, ptr %7, align 4
  %287 = add nsw i32 %286, 1
  store i32 %287, ptr %7, align 4
  br label %265, !llvm.loop !16

288:                                              ; preds = %265
  br label %289

289:                                              ; preds = %288
  %290 = load i32, ptr %6, align 4
  %291 = add nsw i32 %290, 1
  store i32 %291, ptr %6, align 4
  br label %261, !llvm.loop !17

292:                                              ; preds = %261
  store i32 0, ptr %6, align 4
  br label %293

293:                                              ; preds = %321, %292
  %294 = load i32, ptr %6, align 4
  %295 = icmp slt i32 %294, 10
  br i1 %295, label %296, label %324

296:                                              ; preds = %293
  store i32 0, ptr %7, align 4
  br label %297

297:                                              ; preds = %317, %296
  %298 = load i32, ptr %7, align 4
  %299 = icmp slt i32 %298, 9
  br i1 %299, label %300, label %320

300:                                              ; preds = %297
  %301 = load i32, ptr %6, align 4
  %302 = sext i32 %301 to i64
  %303 = getelementptr inbounds [10 x [9 x i8]], ptr @g_2628, i64 0, i64 %302
  %304 = load i32, ptr %7, align 4
  %305 = sext i32 %304 to i64
  %306 = getelementptr inbounds [9 x i8], ptr %303, i64 0, i64 %305
  %307 = load volatile i8, ptr %306, align 1
  %308 = zext i8 %307 to i64
  %309 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %308, ptr noundef @.str.45, i32 noundef %309)
  %310 = load i32, ptr %9, align 4
  %311 = icmp ne i32 %310, 0
  br i1 %311, label %312, label %316

312:                                              ; preds = %300
  %313 = load i32, ptr %6, align 4
  %314 = load i32, ptr %7, align 4
  %315 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %313, i32 noundef %314)
  br label %316

316:                                              ; preds = %312, %300
  br label %317

317:                                              ; preds = %316
  %318 = load i32, ptr %7, align 4
  %319 = add nsw i32 %318, 1
  store i32 %319, ptr %7, align 4
  br label %297, !llvm.loop !18

320:                                              ; preds = %297
  br label %321

321:                                              ; preds = %320
  %322 = load i32, ptr %6, align 4
  %323 = add nsw i32 %322, 1
  store i32 %323, ptr %6, align 4
  br label %293, !llvm.loop !19

324:                                              ; preds = %293
  %325 = load i32, ptr @g_2746, align 4
  %326 = zext i32 %325 to i64
  %327 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %326, ptr noundef @.str.46, i32 noundef %327)
  %328 = load i32, ptr @crc32_context, align 4
  %329 = zext i32 %328 to i64
  %330 = xor i64 %329, 4294967295
  %331 = trunc i64 %330 to i32
  %332 = load i32, ptr %9, align 4
  call void @platform_main_end(i32 noundef %331, i32 noundef %332)
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
  br label %10, !llvm.loop !20

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
  br label %5, !llvm.loop !21

36:                                               ; preds = %5
  ret void
}

; Function Attrs: noinline nounwind uwtable
define internal signext i8 @func_1() #0 {
  %1 = alloca i8, align 1
  %2 = alloca i32, align 4
  %3 = alloca [9 x [1 x [2 x i32]]], align 16
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = alloca [6 x [3 x ptr]], align 16
  %13 = alloca [1 x [4 x [7 x i32]]], align 16
  %14 = alloca ptr, align 8
  %15 = alloca ptr, align 8
  %16 = alloca [1 x [4 x [2 x i16]]], align 16
  %17 = alloca i8, align 1
  %18 = alloca i32, align 4
  %19 = alloca ptr, align 8
  %20 = alloca i32, align 4
  %21 = alloca ptr, align 8
  %22 = alloca i16, align 2
  %23 = alloca i32, align 4
  %24 = alloca ptr, align 8
  %25 = alloca [5 x ptr], align 16
  %26 = alloca [3 x ptr], align 16
  %27 = alloca i16, align 2
  %28 = alloca i32, align 4
  %29 = alloca i32, align 4
  %30 = alloca i32, align 4
  %31 = alloca [8 x [4 x [4 x i64]]], align 16
  %32 = alloca ptr, align 8
  %33 = alloca [3 x [4 x [6 x ptr]]], align 16
  %34 = alloca ptr, align 8
  %35 = alloca ptr, align 8
  %36 = alloca [4 x i64], align 16
  %37 = alloca i8, align 1
  %38 = alloca ptr, align 8
  %39 = alloca i32, align 4
  %40 = alloca ptr, align 8
  %41 = alloca i8, align 1
  %42 = alloca i32, align 4
  %43 = alloca i32, align 4
  %44 = alloca [7 x [5 x [7 x i32]]], align 16
  %45 = alloca i8, align 1
  %46 = alloca %struct.S0, align 1
  %47 = alloca [10 x [8 x [3 x i32]]], align 16
  %48 = alloca ptr, align 8
  %49 = alloca i32, align 4
  %50 = alloca i32, align 4
  %51 = alloca i32, align 4
  %52 = alloca ptr, align 8
  %53 = alloca ptr, align 8
  %54 = alloca i32, align 4
  %55 = alloca i32, align 4
  %56 = alloca %struct.S0, align 1
  %57 = alloca i32, align 4
  %58 = alloca i32, align 4
  %59 = alloca i8, align 1
  %60 = alloca i32, align 4
  %61 = alloca ptr, align 8
  %62 = alloca i64, align 8
  %63 = alloca ptr, align 8
  %64 = alloca i32, align 4
  %65 = alloca ptr, align 8
  %66 = alloca [1 x [8 x [3 x i8]]], align 16
  %67 = alloca i32, align 4
  %68 = alloca i32, align 4
  %69 = alloca i32, align 4
  %70 = alloca i16, align 2
  %71 = alloca ptr, align 8
  %72 = alloca ptr, align 8
  %73 = alloca ptr, align 8
  %74 = alloca ptr, align 8
  %75 = alloca ptr, align 8
  %76 = alloca i32, align 4
  %77 = alloca i32, align 4
  %78 = alloca i32, align 4
  %79 = alloca i64, align 8
  %80 = alloca ptr, align 8
  %81 = alloca i32, align 4
  %82 = alloca i32, align 4
  %83 = alloca i32, align 4
  %84 = alloca ptr, align 8
  %85 = alloca i32, align 4
  %86 = alloca i32, align 4
  %87 = alloca i32, align 4
  %88 = alloca i32, align 4
  %89 = alloca i32, align 4
  %90 = alloca i32, align 4
  %91 = alloca %struct.S0, align 1
  %92 = alloca ptr, align 8
  %93 = alloca ptr, align 8
  %94 = alloca ptr, align 8
  %95 = alloca ptr, align 8
  %96 = alloca ptr, align 8
  %97 = alloca ptr, align 8
  %98 = alloca ptr, align 8
  %99 = alloca ptr, align 8
  %100 = alloca [6 x ptr], align 16
  %101 = alloca i32, align 4
  %102 = alloca { i64, i24 }, align 1
  %103 = alloca ptr, align 8
  %104 = alloca ptr, align 8
  %105 = alloca ptr, align 8
  %106 = alloca [10 x [8 x ptr]], align 16
  %107 = alloca i32, align 4
  %108 = alloca i32, align 4
  %109 = alloca ptr, align 8
  %110 = alloca i32, align 4
  %111 = alloca i8, align 1
  %112 = alloca ptr, align 8
  %113 = alloca [5 x i32], align 16
  %114 = alloca ptr, align 8
  %115 = alloca i32, align 4
  %116 = alloca %struct.S0, align 1
  %117 = alloca i32, align 4
  %118 = alloca i32, align 4
  %119 = alloca i32, align 4
  %120 = alloca ptr, align 8
  %121 = alloca ptr, align 8
  %122 = alloca ptr, align 8
  %123 = alloca ptr, align 8
  %124 = alloca [10 x i32], align 16
  %125 = alloca i32, align 4
  %126 = alloca i32, align 4
  store i32 -8, ptr %2, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %3, ptr align 16 @__const.func_1.l_30, i64 72, i1 false)
  store ptr @g_32, ptr %4, align 8
  store ptr @g_1587, ptr %5, align 8
  store i32 1, ptr %6, align 4
  store ptr @g_689, ptr %7, align 8
  store ptr @g_612, ptr %8, align 8
  store i32 -1, ptr %9, align 4
  store ptr @g_349, ptr %10, align 8
  store i32 1, ptr %11, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %12, ptr align 16 @__const.func_1.l_2517, i64 144, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %13, ptr align 16 @__const.func_1.l_2538, i64 112, i1 false)
  store ptr @g_134, ptr %14, align 8
  store ptr @g_134, ptr %15, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %16, ptr align 16 @__const.func_1.l_2598, i64 16, i1 false)
  store i8 1, ptr %17, align 1
  store i32 -4, ptr %18, align 4
  store ptr null, ptr %19, align 8
  store i32 -1, ptr %20, align 4
  store ptr @g_1734, ptr %21, align 8
  store i16 -19848, ptr %22, align 2
  store i32 244822514, ptr %23, align 4
  store ptr null, ptr %24, align 8
  store ptr %24, ptr %25, align 8
  %127 = getelementptr inbounds ptr, ptr %25, i64 1
  store ptr %24, ptr %127, align 8
  %128 = getelementptr inbounds ptr, ptr %25, i64 2
  store ptr %24, ptr %128, align 8
  %129 = getelementptr inbounds ptr, ptr %25, i64 3
  store ptr %24, ptr %129, align 8
  %130 = getelementptr inbounds ptr, ptr %25, i64 4
  store ptr %24, ptr %130, align 8
  store i16 -8142, ptr %27, align 2
  store i32 0, ptr %28, align 4
  br label %131

131:                                              ; preds = %139, %0
  %132 = load i32, ptr %28, align 4
  %133 = icmp slt i32 %132, 3
  br i1 %133, label %134, label %142

134:                                              ; preds = %131
  %135 = getelementptr inbounds [5 x ptr], ptr %25, i64 0, i64 1
  %136 = load i32, ptr %28, align 4
  %137 = sext i32 %136 to i64
  %138 = getelementptr inbounds [3 x ptr], ptr %26, i64 0, i64 %137
  store ptr %135, ptr %138, align 8
  br label %139

139:                                              ; preds = %134
  %140 = load i32, ptr %28, align 4
  %141 = add nsw i32 %140, 1
  store i32 %141, ptr %28, align 4
  br label %131, !llvm.loop !22

142:                                              ; preds = %131
  store i32 13, ptr @g_2, align 4
  br label %143

143:                                              ; preds = %180, %142
  %144 = load i32, ptr @g_2, align 4
  %145 = icmp ne i32 %144, 6
  br i1 %145, label %146, label %183

146:                                              ; preds = %143
  store ptr @g_13, ptr %32, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %33, ptr align 16 @__const.func_1.l_20, i64 576, i1 false)
  store ptr @g_21, ptr %34, align 8
  store ptr @g_29, ptr %35, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %36, ptr align 16 @__const.func_1.l_41, i64 32, i1 false)
  store i8 20, ptr %37, align 1
  store ptr @g_307, ptr %38, align 8
  store i32 1866270222, ptr %39, align 4
  store ptr null, ptr %40, align 8
  store i8 -1, ptr %41, align 1
  store i32 1298454696, ptr %42, align 4
  store i32 -6, ptr %43, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %44, ptr align 16 @__const.func_1.l_2408, i64 980, i1 false)
  store i8 7, ptr %45, align 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %46, ptr align 1 @__const.func_1.l_2499, i64 11, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %47, ptr align 16 @__const.func_1.l_2508, i64 960, i1 false)
  store ptr null, ptr %48, align 8
  store i32 0, ptr %49, align 4
  br label %147

147:                                              ; preds = %176, %146
  %148 = load i32, ptr %49, align 4
  %149 = icmp slt i32 %148, 8
  br i1 %149, label %150, label %179

150:                                              ; preds = %147
  store i32 0, ptr %50, align 4
  br label %151

151:                                              ; preds = %172, %150
  %152 = load i32, ptr %50, align 4
  %153 = icmp slt i32 %152, 4
  br i1 %153, label %154, label %175

154:                                              ; preds = %151
  store i32 0, ptr %51, align 4
  br label %155

155:                                              ; preds = %168, %154
  %156 = load i32, ptr %51, align 4
  %157 = icmp slt i32 %156, 4
  br i1 %157, label %158, label %171

158:                                              ; preds = %155
  %159 = load i32, ptr %49, align 4
  %160 = sext i32 %159 to i64
  %161 = getelementptr inbounds [8 x [4 x [4 x i64]]], ptr %31, i64 0, i64 %160
  %162 = load i32, ptr %50, align 4
  %163 = sext i32 %162 to i64
  %164 = getelementptr inbounds [4 x [4 x i64]], ptr %161, i64 0, i64 %163
  %165 = load i32, ptr %51, align 4
  %166 = sext i32 %165 to i64
  %167 = getelementptr inbounds [4 x i64], ptr %164, i64 0, i64 %166
  store i64 3, ptr %167, align 8
  br label %168

168:                                              ; preds = %158
  %169 = load i32, ptr %51, align 4
  %170 = add nsw i32 %169, 1
  store i32 %170, ptr %51, align 4
  br label %155, !llvm.loop !23

171:                                              ; preds = %155
  br label %172

172:                                              ; preds = %171
  %173 = load i32, ptr %50, align 4
  %174 = add nsw i32 %173, 1
  store i32 %174, ptr %50, align 4
  br label %151, !llvm.loop !24

175:                                              ; preds = %151
  br label %176

176:                                              ; preds = %175
  %177 = load i32, ptr %49, align 4
  %178 = add nsw i32 %177, 1
  store i32 %178, ptr %49, align 4
  br label %147, !llvm.loop !25

179:                                              ; preds = %147
  br label %180

180:                                              ; preds = %179
  %181 = load i32, ptr @g_2, align 4
  %182 = add nsw i32 %181, -1
  store i32 %182, ptr @g_2, align 4
  br label %143, !llvm.loop !26

183:                                              ; preds = %143
  store i64 0, ptr @g_1508, align 8
  br label %184

184:                                              ; preds = %913, %183
  %185 = load i64, ptr @g_1508, align 8
  %186 = icmp ule i64 %185, 8
  br i1 %186, label %187, label %916

187:                                              ; preds = %184
  store ptr @g_2126, ptr %52, align 8
  store ptr @g_179, ptr %53, align 8
  store i32 0, ptr %54, align 4
  store i32 -2, ptr %55, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %56, ptr align 1 @__const.func_1.l_2549, i64 11, i1 false)
  store i32 0, ptr %57, align 4
  store i32 1249845848, ptr %58, align 4
  store i8 0, ptr %59, align 1
  store i32 1, ptr %60, align 4
  store ptr @g_180, ptr %61, align 8
  store i64 -1, ptr %62, align 8
  store ptr @g_150, ptr %63, align 8
  store i32 -342975364, ptr %64, align 4
  store ptr @g_149, ptr %65, align 8
  %188 = load ptr, ptr %52, align 8
  %189 = load i16, ptr %188, align 2
  %190 = add i16 %189, 1
  store i16 %190, ptr %188, align 2
  %191 = call zeroext i16 @safe_lshift_func_uint16_t_u_u(i16 noundef zeroext %189, i32 noundef 7)
  %192 = zext i16 %191 to i32
  %193 = getelementptr inbounds [1 x [4 x [7 x i32]]], ptr %13, i64 0, i64 0
  %194 = getelementptr inbounds [4 x [7 x i32]], ptr %193, i64 0, i64 3
  %195 = getelementptr inbounds [7 x i32], ptr %194, i64 0, i64 5
  %196 = load i32, ptr %195, align 4
  %197 = load i64, ptr @g_134, align 1
  %198 = trunc i64 %197 to i16
  %199 = load ptr, ptr %53, align 8
  store i16 %198, ptr %199, align 2
  %200 = zext i16 %198 to i32
  %201 = xor i32 %200, -1
  %202 = and i32 %196, %201
  %203 = load ptr, ptr %4, align 8
  %204 = load ptr, ptr %203, align 8
  store i32 %202, ptr %204, align 4
  %205 = load i32, ptr %54, align 4
  %206 = load ptr, ptr %4, align 8
  %207 = load ptr, ptr %206, align 8
  %208 = load i32, ptr %207, align 4
  %209 = call i32 @safe_sub_func_uint32_t_u_u(i32 noundef %205, i32 noundef %208)
  %210 = load ptr, ptr @g_689, align 8
  %211 = load i16, ptr %210, align 2
  %212 = load ptr, ptr @g_1735, align 8
  %213 = load ptr, ptr %212, align 8
  store i16 %211, ptr %213, align 2
  %214 = sext i16 %211 to i32
  %215 = icmp uge i32 %209, %214
  %216 = zext i1 %215 to i32
  %217 = trunc i32 %216 to i16
  %218 = call signext i8 @safe_unary_minus_func_int8_t_s(i8 noundef signext 0)
  %219 = sext i8 %218 to i32
  %220 = load ptr, ptr @g_2052, align 8
  %221 = load ptr, ptr %220, align 8
  %222 = icmp ne ptr null, %221
  %223 = zext i1 %222 to i32
  %224 = load i32, ptr %54, align 4
  %225 = call i32 @safe_mod_func_uint32_t_u_u(i32 noundef %223, i32 noundef %224)
  %226 = load i32, ptr %54, align 4
  %227 = sext i32 %226 to i64
  %228 = load i64, ptr @g_13, align 8
  %229 = icmp sle i64 %227, %228
  %230 = zext i1 %229 to i32
  %231 = icmp sgt i32 %219, %230
  %232 = zext i1 %231 to i32
  store i32 2050592331, ptr %55, align 4
  %233 = call signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext %217, i16 noundef signext 0)
  %234 = sext i16 %233 to i32
  %235 = icmp sle i32 %192, %234
  %236 = zext i1 %235 to i32
  %237 = load ptr, ptr @g_735, align 8
  store volatile i32 %236, ptr %237, align 4
  %238 = load ptr, ptr @g_127, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %238, ptr align 1 %56, i64 11, i1 true)
  %239 = load ptr, ptr %4, align 8
  %240 = load ptr, ptr %239, align 8
  %241 = load i32, ptr %240, align 4
  %242 = call zeroext i16 @safe_div_func_uint16_t_u_u(i16 noundef zeroext 0, i16 noundef zeroext 4895)
  %243 = zext i16 %242 to i32
  %244 = call i32 @safe_sub_func_int32_t_s_s(i32 noundef %241, i32 noundef %243)
  %245 = load ptr, ptr %53, align 8
  %246 = load i16, ptr %245, align 2
  %247 = zext i16 %246 to i32
  %248 = xor i32 %247, %244
  %249 = trunc i32 %248 to i16
  store i16 %249, ptr %245, align 2
  %250 = getelementptr inbounds %struct.S0, ptr %56, i32 0, i32 0
  %251 = load i64, ptr %250, align 1
  %252 = load i32, ptr %54, align 4
  %253 = sext i32 %252 to i64
  %254 = or i64 %251, %253
  %255 = load ptr, ptr %4, align 8
  %256 = load ptr, ptr %255, align 8
  %257 = load i32, ptr %256, align 4
  %258 = load ptr, ptr @g_1735, align 8
  %259 = load ptr, ptr %258, align 8
  %260 = load i16, ptr %259, align 2
  %261 = sext i16 %260 to i32
  %262 = xor i32 %261, %257
  %263 = trunc i32 %262 to i16
  store i16 %263, ptr %259, align 2
  %264 = sext i16 %263 to i32
  %265 = load ptr, ptr %4, align 8
  %266 = load ptr, ptr %265, align 8
  %267 = load i32, ptr %266, align 4
  %268 = icmp ne i32 %267, 0
  br i1 %268, label %271, label %269

269:                                              ; preds = %187
  br i1 true, label %271, label %270

270:                                              ; preds = %269
  br label %271

271:                                              ; preds = %270, %269, %187
  %272 = phi i1 [ true, %269 ], [ true, %187 ], [ true, %270 ]
  %273 = zext i1 %272 to i32
  %274 = trunc i32 %273 to i8
  %275 = getelementptr inbounds %struct.S0, ptr %56, i32 0, i32 0
  %276 = load i64, ptr %275, align 1
  %277 = trunc i64 %276 to i32
  %278 = call zeroext i8 @safe_lshift_func_uint8_t_u_u(i8 noundef zeroext %274, i32 noundef %277)
  %279 = zext i8 %278 to i32
  %280 = and i32 %264, %279
  %281 = sext i32 %280 to i64
  %282 = icmp ugt i64 %254, %281
  %283 = zext i1 %282 to i32
  %284 = sext i32 %283 to i64
  %285 = load ptr, ptr @g_703, align 8
  store i64 %284, ptr %285, align 8
  %286 = load ptr, ptr %14, align 8
  %287 = load ptr, ptr %15, align 8
  %288 = icmp ne ptr %286, %287
  %289 = zext i1 %288 to i32
  %290 = call zeroext i16 @safe_rshift_func_uint16_t_u_s(i16 noundef zeroext %249, i32 noundef %289)
  %291 = zext i16 %290 to i64
  %292 = call i64 @safe_sub_func_uint64_t_u_u(i64 noundef %291, i64 noundef 5737059591738489625)
  %293 = trunc i64 %292 to i32
  %294 = call i32 @safe_sub_func_int32_t_s_s(i32 noundef 879988731, i32 noundef %293)
  %295 = icmp ne i32 %294, 0
  br i1 %295, label %296, label %753

296:                                              ; preds = %271
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %66, ptr align 16 @__const.func_1.l_2572, i64 24, i1 false)
  store i32 -1092931970, ptr %67, align 4
  store i32 51347100, ptr %68, align 4
  store i32 -408702096, ptr %69, align 4
  store i16 6133, ptr %70, align 2
  store ptr null, ptr %71, align 8
  store ptr %6, ptr %72, align 8
  store ptr null, ptr %73, align 8
  store ptr @g_150, ptr %74, align 8
  store ptr getelementptr inbounds ([9 x ptr], ptr @g_702, i64 0, i64 6), ptr %75, align 8
  store i32 0, ptr @g_29, align 4
  br label %297

297:                                              ; preds = %442, %296
  %298 = load i32, ptr @g_29, align 4
  %299 = icmp ule i32 %298, 8
  br i1 %299, label %300, label %445

300:                                              ; preds = %297
  store i64 8139208042268728568, ptr %79, align 8
  store ptr @g_720, ptr %80, align 8
  store i32 -9, ptr %81, align 4
  store i32 0, ptr %82, align 4
  store i32 0, ptr %83, align 4
  store ptr null, ptr %84, align 8
  %301 = load volatile ptr, ptr @g_31, align 8
  %302 = load ptr, ptr %301, align 8
  %303 = load i32, ptr %302, align 4
  %304 = load ptr, ptr @g_686, align 8
  %305 = load ptr, ptr %304, align 8
  %306 = icmp ne ptr %305, null
  %307 = zext i1 %306 to i32
  %308 = sext i32 %307 to i64
  %309 = icmp sgt i64 0, %308
  %310 = zext i1 %309 to i32
  %311 = load ptr, ptr %80, align 8
  %312 = load i8, ptr %311, align 1
  %313 = add i8 %312, 1
  store i8 %313, ptr %311, align 1
  %314 = getelementptr inbounds [1 x [8 x [3 x i8]]], ptr %66, i64 0, i64 0
  %315 = getelementptr inbounds [8 x [3 x i8]], ptr %314, i64 0, i64 7
  %316 = getelementptr inbounds [3 x i8], ptr %315, i64 0, i64 2
  %317 = load i8, ptr %316, align 1
  %318 = sext i8 %317 to i32
  %319 = call zeroext i8 @safe_lshift_func_uint8_t_u_s(i8 noundef zeroext %312, i32 noundef %318)
  %320 = zext i8 %319 to i64
  %321 = load ptr, ptr @g_689, align 8
  %322 = load i16, ptr %321, align 2
  %323 = call zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext 1, i16 noundef zeroext %322)
  %324 = zext i16 %323 to i64
  %325 = and i64 %324, 0
  %326 = icmp ult i64 %320, %325
  %327 = zext i1 %326 to i32
  %328 = load ptr, ptr %4, align 8
  %329 = load ptr, ptr %328, align 8
  %330 = load i32, ptr %329, align 4
  %331 = xor i32 %327, %330
  %332 = load ptr, ptr @g_32, align 8
  store i32 %331, ptr %332, align 4
  store i32 4, ptr %86, align 4
  store i32 -1224329456, ptr %87, align 4
  store i32 -1719392410, ptr %88, align 4
  store i32 -1689016614, ptr %89, align 4
  store i32 -9, ptr %90, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %91, ptr align 1 @__const.func_1.l_2612, i64 11, i1 false)
  store i32 3, ptr %54, align 4
  br label %333

333:                                              ; preds = %351, %300
  %334 = load i32, ptr %54, align 4
  %335 = icmp sle i32 %334, 8
  br i1 %335, label %336, label %354

336:                                              ; preds = %333
  %337 = load volatile ptr, ptr @g_31, align 8
  %338 = load ptr, ptr %337, align 8
  %339 = load i32, ptr %338, align 4
  %340 = icmp ne i32 %339, 0
  br i1 %340, label %341, label %342

341:                                              ; preds = %336
  br label %354

342:                                              ; preds = %336
  %343 = load volatile ptr, ptr @g_31, align 8
  %344 = load ptr, ptr %343, align 8
  %345 = load i32, ptr %344, align 4
  %346 = icmp ne i32 %345, 0
  br i1 %346, label %347, label %348

347:                                              ; preds = %342
  br label %351

348:                                              ; preds = %342
  %349 = load i32, ptr %86, align 4
  %350 = trunc i32 %349 to i8
  store i8 %350, ptr %1, align 1
  br label %919

351:                                              ; preds = %347
  %352 = load i32, ptr %54, align 4
  %353 = add nsw i32 %352, 1
  store i32 %353, ptr %54, align 4
  br label %333, !llvm.loop !27

354:                                              ; preds = %341, %333
  store i32 0, ptr %86, align 4
  br label %355

355:                                              ; preds = %367, %354
  %356 = load i32, ptr %86, align 4
  %357 = icmp sle i32 %356, 8
  br i1 %357, label %358, label %370

358:                                              ; preds = %355
  store ptr @g_2, ptr %92, align 8
  store ptr %54, ptr %93, align 8
  %359 = getelementptr inbounds [9 x [1 x [2 x i32]]], ptr %3, i64 0, i64 4
  %360 = getelementptr inbounds [1 x [2 x i32]], ptr %359, i64 0, i64 0
  %361 = getelementptr inbounds [2 x i32], ptr %360, i64 0, i64 0
  store ptr %361, ptr %94, align 8
  store ptr @g_121, ptr %95, align 8
  store ptr @g_2, ptr %96, align 8
  store ptr @g_1332, ptr %97, align 8
  store ptr @g_149, ptr %98, align 8
  store ptr @g_1332, ptr %99, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %100, ptr align 16 @__const.func_1.l_2589, i64 48, i1 false)
  %362 = getelementptr inbounds [1 x [4 x [2 x i16]]], ptr %16, i64 0, i64 0
  %363 = getelementptr inbounds [4 x [2 x i16]], ptr %362, i64 0, i64 1
  %364 = getelementptr inbounds [2 x i16], ptr %363, i64 0, i64 0
  %365 = load i16, ptr %364, align 4
  %366 = add i16 %365, 1
  store i16 %366, ptr %364, align 4
  br label %367

367:                                              ; preds = %358
  %368 = load i32, ptr %86, align 4
  %369 = add nsw i32 %368, 1
  store i32 %369, ptr %86, align 4
  br label %355, !llvm.loop !28

370:                                              ; preds = %355
  %371 = load ptr, ptr %4, align 8
  %372 = load ptr, ptr %371, align 8
  %373 = load i32, ptr %372, align 4
  %374 = call i32 @safe_unary_minus_func_int32_t_s(i32 noundef %373)
  %375 = load i32, ptr %69, align 4
  %376 = call zeroext i16 @safe_unary_minus_func_uint16_t_u(i16 noundef zeroext 1)
  %377 = load ptr, ptr %4, align 8
  %378 = load ptr, ptr %377, align 8
  %379 = load i32, ptr %378, align 4
  %380 = load i32, ptr %82, align 4
  %381 = xor i32 %379, %380
  %382 = load i32, ptr %81, align 4
  %383 = trunc i32 %382 to i16
  %384 = load ptr, ptr %4, align 8
  %385 = load ptr, ptr %384, align 8
  %386 = load i32, ptr %385, align 4
  %387 = trunc i32 %386 to i16
  %388 = call zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext %383, i16 noundef zeroext %387)
  %389 = trunc i16 %388 to i8
  %390 = call zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext 1, i8 noundef zeroext %389)
  %391 = zext i8 %390 to i32
  %392 = icmp uge i32 %375, %391
  %393 = zext i1 %392 to i32
  %394 = sext i32 %393 to i64
  %395 = icmp sge i64 %394, 4
  %396 = zext i1 %395 to i32
  %397 = trunc i32 %396 to i16
  %398 = call zeroext i16 @safe_add_func_uint16_t_u_u(i16 noundef zeroext 0, i16 noundef zeroext %397)
  %399 = zext i16 %398 to i32
  %400 = load ptr, ptr %84, align 8
  %401 = load i8, ptr @g_720, align 1
  %402 = zext i8 %401 to i32
  %403 = load ptr, ptr @g_611, align 8
  %404 = load ptr, ptr %403, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %102, ptr align 1 %404, i64 11, i1 false)
  %405 = getelementptr inbounds { i64, i24 }, ptr %102, i32 0, i32 0
  %406 = load i64, ptr %405, align 1
  %407 = getelementptr inbounds { i64, i24 }, ptr %102, i32 0, i32 1
  %408 = load i24, ptr %407, align 1
  %409 = call ptr @func_102(i32 noundef %399, ptr noundef %400, i32 noundef %402, i64 %406, i24 %408)
  %410 = load ptr, ptr @g_940, align 8
  store ptr %409, ptr %410, align 8
  %411 = getelementptr inbounds [1 x [8 x [3 x i8]]], ptr %66, i64 0, i64 0
  %412 = getelementptr inbounds [8 x [3 x i8]], ptr %411, i64 0, i64 6
  %413 = getelementptr inbounds [3 x i8], ptr %412, i64 0, i64 0
  %414 = icmp ne ptr %409, %413
  %415 = zext i1 %414 to i32
  %416 = xor i32 %415, -1
  %417 = icmp sge i32 %374, %416
  %418 = zext i1 %417 to i32
  %419 = sext i32 %418 to i64
  %420 = load volatile ptr, ptr @g_17, align 8
  %421 = load volatile i64, ptr %420, align 8
  %422 = icmp sgt i64 %419, %421
  br i1 %422, label %423, label %432

423:                                              ; preds = %370
  %424 = load ptr, ptr %8, align 8
  %425 = load ptr, ptr %424, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %425, ptr align 1 %91, i64 11, i1 false)
  %426 = load i32, ptr %54, align 4
  %427 = sext i32 %426 to i64
  %428 = icmp eq i64 %427, 8139208042268728568
  %429 = zext i1 %428 to i32
  %430 = load ptr, ptr %4, align 8
  %431 = load ptr, ptr %430, align 8
  store i32 %429, ptr %431, align 4
  br label %436

432:                                              ; preds = %370
  %433 = load ptr, ptr @g_940, align 8
  %434 = load ptr, ptr %433, align 8
  %435 = load i8, ptr %434, align 1
  store i8 %435, ptr %1, align 1
  br label %919

436:                                              ; preds = %423
  %437 = load ptr, ptr @g_612, align 8
  %438 = load ptr, ptr @g_612, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %437, ptr align 1 %438, i64 11, i1 false)
  %439 = load ptr, ptr @g_940, align 8
  %440 = load ptr, ptr %439, align 8
  %441 = load i8, ptr %440, align 1
  store i8 %441, ptr %1, align 1
  br label %919

442:                                              ; No predecessors!
  %443 = load i32, ptr @g_29, align 4
  %444 = add i32 %443, 1
  store i32 %444, ptr @g_29, align 4
  br label %297, !llvm.loop !29

445:                                              ; preds = %297
  %446 = load ptr, ptr @g_907, align 8
  %447 = load i8, ptr %446, align 1
  %448 = sext i8 %447 to i32
  %449 = load ptr, ptr %4, align 8
  %450 = load ptr, ptr %449, align 8
  %451 = load i32, ptr %450, align 4
  %452 = load i16, ptr %70, align 2
  %453 = sext i16 %452 to i32
  %454 = icmp sgt i32 0, %453
  %455 = zext i1 %454 to i32
  %456 = load i32, ptr @g_1587, align 4
  %457 = add i32 %456, -1
  store i32 %457, ptr @g_1587, align 4
  %458 = icmp uge i32 %455, %457
  %459 = zext i1 %458 to i32
  store i32 %459, ptr %55, align 4
  %460 = load i32, ptr %58, align 4
  %461 = and i32 %460, %459
  store i32 %461, ptr %58, align 4
  %462 = load volatile i8, ptr getelementptr inbounds ([9 x i8], ptr getelementptr inbounds ([10 x [9 x i8]], ptr @g_2628, i64 0, i64 2), i64 0, i64 3), align 1
  %463 = zext i8 %462 to i16
  %464 = load ptr, ptr %72, align 8
  %465 = load i32, ptr %464, align 4
  %466 = add i32 %465, 1
  store i32 %466, ptr %464, align 4
  %467 = getelementptr inbounds [1 x [8 x [3 x i8]]], ptr %66, i64 0, i64 0
  %468 = getelementptr inbounds [8 x [3 x i8]], ptr %467, i64 0, i64 2
  %469 = getelementptr inbounds [3 x i8], ptr %468, i64 0, i64 1
  %470 = load i8, ptr %469, align 1
  %471 = sext i8 %470 to i32
  %472 = icmp sge i32 0, %471
  %473 = zext i1 %472 to i32
  %474 = trunc i32 %473 to i16
  %475 = call zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext %474, i16 noundef zeroext 0)
  %476 = zext i16 %475 to i32
  %477 = icmp ne i32 %476, 0
  br i1 %477, label %478, label %479

478:                                              ; preds = %445
  br label %479

479:                                              ; preds = %478, %445
  %480 = phi i1 [ false, %445 ], [ false, %478 ]
  %481 = zext i1 %480 to i32
  %482 = sext i32 %481 to i64
  %483 = or i64 3138389673, %482
  %484 = trunc i64 %483 to i16
  %485 = load ptr, ptr %7, align 8
  %486 = load ptr, ptr %485, align 8
  store i16 %484, ptr %486, align 2
  %487 = call signext i16 @safe_mod_func_int16_t_s_s(i16 noundef signext %484, i16 noundef signext 19569)
  %488 = call signext i16 @safe_lshift_func_int16_t_s_u(i16 noundef signext 0, i32 noundef 12)
  %489 = sext i16 %488 to i32
  %490 = icmp ne i32 %466, %489
  %491 = zext i1 %490 to i32
  %492 = load i8, ptr %17, align 1
  %493 = sext i8 %492 to i32
  %494 = xor i32 %491, %493
  %495 = trunc i32 %494 to i8
  %496 = call zeroext i8 @safe_rshift_func_uint8_t_u_u(i8 noundef zeroext %495, i32 noundef 7)
  %497 = zext i8 %496 to i64
  %498 = or i64 %497, 39104
  %499 = trunc i64 %498 to i16
  %500 = call zeroext i16 @safe_sub_func_uint16_t_u_u(i16 noundef zeroext %463, i16 noundef zeroext %499)
  %501 = zext i16 %500 to i32
  %502 = and i32 %501, 26200
  %503 = getelementptr inbounds [1 x [8 x [3 x i8]]], ptr %66, i64 0, i64 0
  %504 = getelementptr inbounds [8 x [3 x i8]], ptr %503, i64 0, i64 0
  %505 = getelementptr inbounds [3 x i8], ptr %504, i64 0, i64 2
  %506 = load i8, ptr %505, align 2
  %507 = sext i8 %506 to i32
  %508 = icmp sge i32 %502, %507
  %509 = zext i1 %508 to i32
  %510 = xor i32 %461, %509
  %511 = trunc i32 %510 to i16
  %512 = call signext i16 @safe_lshift_func_int16_t_s_s(i16 noundef signext %511, i32 noundef 7)
  %513 = sext i16 %512 to i32
  %514 = icmp eq i32 %448, %513
  %515 = zext i1 %514 to i32
  %516 = load i32, ptr %69, align 4
  %517 = zext i32 %516 to i64
  %518 = icmp ult i64 %517, 1
  %519 = zext i1 %518 to i32
  %520 = trunc i32 %519 to i8
  %521 = call zeroext i8 @safe_rshift_func_uint8_t_u_s(i8 noundef zeroext %520, i32 noundef 3)
  %522 = call signext i8 @safe_mul_func_int8_t_s_s(i8 noundef signext %521, i8 noundef signext 0)
  %523 = sext i8 %522 to i32
  %524 = load ptr, ptr %4, align 8
  %525 = load ptr, ptr %524, align 8
  %526 = load i32, ptr %525, align 4
  %527 = icmp sle i32 %523, %526
  %528 = zext i1 %527 to i32
  %529 = load i32, ptr %54, align 4
  %530 = icmp ne i32 %528, %529
  %531 = zext i1 %530 to i32
  %532 = sext i32 %531 to i64
  %533 = call i64 @safe_sub_func_int64_t_s_s(i64 noundef %532, i64 noundef -321663323983853082)
  %534 = trunc i64 %533 to i8
  %535 = load ptr, ptr %74, align 8
  store i8 %534, ptr %535, align 1
  %536 = zext i8 %534 to i64
  %537 = icmp sle i64 %536, 0
  br i1 %537, label %538, label %620

538:                                              ; preds = %479
  store ptr null, ptr %103, align 8
  store ptr %67, ptr %104, align 8
  store ptr @g_180, ptr %105, align 8
  store ptr %58, ptr %106, align 8
  %539 = getelementptr inbounds ptr, ptr %106, i64 1
  store ptr @g_84, ptr %539, align 8
  %540 = getelementptr inbounds ptr, ptr %106, i64 2
  store ptr %68, ptr %540, align 8
  %541 = getelementptr inbounds ptr, ptr %106, i64 3
  store ptr @g_84, ptr %541, align 8
  %542 = getelementptr inbounds ptr, ptr %106, i64 4
  store ptr %58, ptr %542, align 8
  %543 = getelementptr inbounds ptr, ptr %106, i64 5
  store ptr @g_1332, ptr %543, align 8
  %544 = getelementptr inbounds ptr, ptr %106, i64 6
  store ptr %55, ptr %544, align 8
  %545 = getelementptr inbounds ptr, ptr %106, i64 7
  store ptr @g_84, ptr %545, align 8
  %546 = getelementptr inbounds [8 x ptr], ptr %106, i64 1
  store ptr %58, ptr %546, align 8
  %547 = getelementptr inbounds ptr, ptr %546, i64 1
  store ptr @g_1332, ptr %547, align 8
  %548 = getelementptr inbounds ptr, ptr %546, i64 2
  store ptr %55, ptr %548, align 8
  %549 = getelementptr inbounds ptr, ptr %546, i64 3
  store ptr @g_84, ptr %549, align 8
  %550 = getelementptr inbounds ptr, ptr %546, i64 4
  store ptr %55, ptr %550, align 8
  %551 = getelementptr inbounds ptr, ptr %546, i64 5
  store ptr @g_1332, ptr %551, align 8
  %552 = getelementptr inbounds ptr, ptr %546, i64 6
  store ptr %58, ptr %552, align 8
  %553 = getelementptr inbounds ptr, ptr %546, i64 7
  store ptr @g_84, ptr %553, align 8
  %554 = getelementptr inbounds [8 x ptr], ptr %106, i64 2
  store ptr %11, ptr %554, align 8
  %555 = getelementptr inbounds ptr, ptr %554, i64 1
  store ptr @g_84, ptr %555, align 8
  %556 = getelementptr inbounds ptr, ptr %554, i64 2
  store ptr %55, ptr %556, align 8
  %557 = getelementptr inbounds ptr, ptr %554, i64 3
  store ptr null, ptr %557, align 8
  %558 = getelementptr inbounds ptr, ptr %554, i64 4
  store ptr null, ptr %558, align 8
  %559 = getelementptr inbounds ptr, ptr %554, i64 5
  store ptr null, ptr %559, align 8
  %560 = getelementptr inbounds ptr, ptr %554, i64 6
  store ptr %55, ptr %560, align 8
  %561 = getelementptr inbounds ptr, ptr %554, i64 7
  store ptr @g_84, ptr %561, align 8
  %562 = getelementptr inbounds [8 x ptr], ptr %106, i64 3
  store ptr %55, ptr %562, align 8
  %563 = getelementptr inbounds ptr, ptr %562, i64 1
  store ptr @g_149, ptr %563, align 8
  %564 = getelementptr inbounds ptr, ptr %562, i64 2
  store ptr %68, ptr %564, align 8
  %565 = getelementptr inbounds ptr, ptr %562, i64 3
  store ptr @g_84, ptr %565, align 8
  %566 = getelementptr inbounds ptr, ptr %562, i64 4
  store ptr null, ptr %566, align 8
  %567 = getelementptr inbounds ptr, ptr %562, i64 5
  store ptr @g_84, ptr %567, align 8
  %568 = getelementptr inbounds ptr, ptr %562, i64 6
  store ptr null, ptr %568, align 8
  %569 = getelementptr inbounds ptr, ptr %562, i64 7
  store ptr @g_84, ptr %569, align 8
  %570 = getelementptr inbounds [8 x ptr], ptr %106, i64 4
  store ptr %11, ptr %570, align 8
  %571 = getelementptr inbounds ptr, ptr %570, i64 1
  store ptr @g_149, ptr %571, align 8
  %572 = getelementptr inbounds ptr, ptr %570, i64 2
  store ptr %11, ptr %572, align 8
  %573 = getelementptr inbounds ptr, ptr %570, i64 3
  store ptr @g_84, ptr %573, align 8
  %574 = getelementptr inbounds ptr, ptr %570, i64 4
  store ptr %55, ptr %574, align 8
  %575 = getelementptr inbounds ptr, ptr %570, i64 5
  store ptr null, ptr %575, align 8
  %576 = getelementptr inbounds ptr, ptr %570, i64 6
  store ptr null, ptr %576, align 8
  %577 = getelementptr inbounds ptr, ptr %570, i64 7
  store ptr null, ptr %577, align 8
  %578 = getelementptr inbounds [8 x ptr], ptr %106, i64 5
  store ptr %55, ptr %578, align 8
  %579 = getelementptr inbounds ptr, ptr %578, i64 1
  store ptr null, ptr %579, align 8
  %580 = getelementptr inbounds ptr, ptr %578, i64 2
  store ptr null, ptr %580, align 8
  %581 = getelementptr inbounds ptr, ptr %578, i64 3
  store ptr null, ptr %581, align 8
  %582 = getelementptr inbounds ptr, ptr %578, i64 4
  store ptr %55, ptr %582, align 8
  %583 = getelementptr inbounds ptr, ptr %578, i64 5
  store ptr @g_84, ptr %583, align 8
  %584 = getelementptr inbounds ptr, ptr %578, i64 6
  store ptr %11, ptr %584, align 8
  %585 = getelementptr inbounds ptr, ptr %578, i64 7
  store ptr @g_149, ptr %585, align 8
  %586 = getelementptr inbounds [8 x ptr], ptr %106, i64 6
  store ptr %55, ptr %586, align 8
  %587 = getelementptr inbounds ptr, ptr %586, i64 1
  store ptr @g_84, ptr %587, align 8
  %588 = getelementptr inbounds ptr, ptr %586, i64 2
  store ptr %11, ptr %588, align 8
  %589 = getelementptr inbounds ptr, ptr %586, i64 3
  store ptr @g_149, ptr %589, align 8
  %590 = getelementptr inbounds ptr, ptr %586, i64 4
  store ptr %11, ptr %590, align 8
  %591 = getelementptr inbounds ptr, ptr %586, i64 5
  store ptr @g_84, ptr %591, align 8
  %592 = getelementptr inbounds ptr, ptr %586, i64 6
  store ptr %55, ptr %592, align 8
  %593 = getelementptr inbounds ptr, ptr %586, i64 7
  store ptr null, ptr %593, align 8
  %594 = getelementptr inbounds [8 x ptr], ptr %106, i64 7
  store ptr %68, ptr %594, align 8
  %595 = getelementptr inbounds ptr, ptr %594, i64 1
  store ptr null, ptr %595, align 8
  %596 = getelementptr inbounds ptr, ptr %594, i64 2
  store ptr %11, ptr %596, align 8
  %597 = getelementptr inbounds ptr, ptr %594, i64 3
  store ptr @g_84, ptr %597, align 8
  %598 = getelementptr inbounds ptr, ptr %594, i64 4
  store ptr %58, ptr %598, align 8
  %599 = getelementptr inbounds ptr, ptr %594, i64 5
  store ptr @g_84, ptr %599, align 8
  %600 = getelementptr inbounds ptr, ptr %594, i64 6
  store ptr %11, ptr %600, align 8
  %601 = getelementptr inbounds ptr, ptr %594, i64 7
  store ptr null, ptr %601, align 8
  %602 = getelementptr inbounds [8 x ptr], ptr %106, i64 8
  store ptr %11, ptr %602, align 8
  %603 = getelementptr inbounds ptr, ptr %602, i64 1
  store ptr @g_1332, ptr %603, align 8
  %604 = getelementptr inbounds ptr, ptr %602, i64 2
  store ptr null, ptr %604, align 8
  %605 = getelementptr inbounds ptr, ptr %602, i64 3
  store ptr @g_149, ptr %605, align 8
  %606 = getelementptr inbounds ptr, ptr %602, i64 4
  store ptr %58, ptr %606, align 8
  %607 = getelementptr inbounds ptr, ptr %602, i64 5
  store ptr null, ptr %607, align 8
  %608 = getelementptr inbounds ptr, ptr %602, i64 6
  store ptr %58, ptr %608, align 8
  %609 = getelementptr inbounds ptr, ptr %602, i64 7
  store ptr @g_149, ptr %609, align 8
  %610 = getelementptr inbounds [8 x ptr], ptr %106, i64 9
  store ptr %68, ptr %610, align 8
  %611 = getelementptr inbounds ptr, ptr %610, i64 1
  store ptr @g_1332, ptr %611, align 8
  %612 = getelementptr inbounds ptr, ptr %610, i64 2
  store ptr %68, ptr %612, align 8
  %613 = getelementptr inbounds ptr, ptr %610, i64 3
  store ptr null, ptr %613, align 8
  %614 = getelementptr inbounds ptr, ptr %610, i64 4
  store ptr %11, ptr %614, align 8
  %615 = getelementptr inbounds ptr, ptr %610, i64 5
  store ptr @g_84, ptr %615, align 8
  %616 = getelementptr inbounds ptr, ptr %610, i64 6
  store ptr %58, ptr %616, align 8
  %617 = getelementptr inbounds ptr, ptr %610, i64 7
  store ptr @g_84, ptr %617, align 8
  %618 = load i32, ptr %18, align 4
  %619 = add i32 %618, -1
  store i32 %619, ptr %18, align 4
  br label %748

620:                                              ; preds = %479
  store ptr %19, ptr %109, align 8
  store i32 -9, ptr %110, align 4
  %621 = load ptr, ptr @g_32, align 8
  %622 = load i32, ptr %621, align 4
  %623 = sext i32 %622 to i64
  %624 = and i64 %623, 9
  %625 = trunc i64 %624 to i32
  store i32 %625, ptr %621, align 4
  %626 = load ptr, ptr @g_1146, align 8
  %627 = load ptr, ptr %626, align 8
  %628 = load ptr, ptr %19, align 8
  %629 = load ptr, ptr %109, align 8
  store ptr %628, ptr %629, align 8
  %630 = icmp eq ptr %627, %628
  br i1 %630, label %631, label %650

631:                                              ; preds = %620
  store i16 0, ptr @g_246, align 2
  br label %632

632:                                              ; preds = %644, %631
  %633 = load i16, ptr @g_246, align 2
  %634 = sext i16 %633 to i32
  %635 = icmp sle i32 %634, 2
  br i1 %635, label %636, label %649

636:                                              ; preds = %632
  %637 = load ptr, ptr @g_735, align 8
  %638 = load volatile i32, ptr %637, align 4
  %639 = icmp ne i32 %638, 0
  br i1 %639, label %640, label %641

640:                                              ; preds = %636
  br label %649

641:                                              ; preds = %636
  %642 = load i32, ptr %20, align 4
  %643 = trunc i32 %642 to i8
  store i8 %643, ptr %1, align 1
  br label %919

644:                                              ; No predecessors!
  %645 = load i16, ptr @g_246, align 2
  %646 = sext i16 %645 to i32
  %647 = add nsw i32 %646, 1
  %648 = trunc i32 %647 to i16
  store i16 %648, ptr @g_246, align 2
  br label %632, !llvm.loop !30

649:                                              ; preds = %640, %632
  br label %747

650:                                              ; preds = %620
  store i8 4, ptr %111, align 1
  store ptr null, ptr %112, align 8
  %651 = load i8, ptr %111, align 1
  %652 = zext i8 %651 to i32
  %653 = load i16, ptr getelementptr inbounds ([9 x i16], ptr getelementptr inbounds ([3 x [9 x i16]], ptr @g_2577, i64 0, i64 1), i64 0, i64 4), align 2
  %654 = sext i16 %653 to i32
  %655 = load i8, ptr %111, align 1
  %656 = zext i8 %655 to i32
  %657 = load i32, ptr %58, align 4
  %658 = load i16, ptr @g_2126, align 2
  %659 = zext i16 %658 to i32
  %660 = call signext i8 @safe_rshift_func_int8_t_s_u(i8 noundef signext 120, i32 noundef %659)
  %661 = sext i8 %660 to i64
  %662 = load ptr, ptr %21, align 8
  %663 = icmp eq ptr @g_1734, %662
  %664 = zext i1 %663 to i32
  %665 = load i8, ptr %111, align 1
  %666 = zext i8 %665 to i16
  %667 = call zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext %666, i16 noundef zeroext 1)
  %668 = zext i16 %667 to i64
  %669 = and i64 %668, 120
  %670 = icmp eq i64 %661, %669
  %671 = zext i1 %670 to i32
  %672 = xor i32 %671, -1
  %673 = sext i32 %672 to i64
  %674 = load i64, ptr @g_1508, align 8
  %675 = icmp eq i64 %673, %674
  %676 = zext i1 %675 to i32
  %677 = icmp slt i32 %657, %676
  %678 = zext i1 %677 to i32
  %679 = xor i32 %656, %678
  %680 = trunc i32 %679 to i16
  %681 = call zeroext i16 @safe_rshift_func_uint16_t_u_s(i16 noundef zeroext %680, i32 noundef 5)
  %682 = load i32, ptr %110, align 4
  %683 = trunc i32 %682 to i8
  %684 = call signext i8 @safe_mul_func_int8_t_s_s(i8 noundef signext -27, i8 noundef signext %683)
  %685 = sext i8 %684 to i64
  %686 = icmp eq i64 %685, 255
  %687 = zext i1 %686 to i32
  %688 = load i64, ptr getelementptr inbounds ([10 x i64], ptr @g_1463, i64 0, i64 2), align 16
  %689 = load i16, ptr @g_23, align 2
  %690 = zext i16 %689 to i64
  %691 = and i64 %690, %688
  %692 = trunc i64 %691 to i16
  store i16 %692, ptr @g_23, align 2
  %693 = zext i16 %692 to i32
  %694 = or i32 %654, %693
  %695 = sext i32 %694 to i64
  %696 = load ptr, ptr %14, align 8
  %697 = load i64, ptr %696, align 8
  %698 = or i64 %697, %695
  store i64 %698, ptr %696, align 8
  %699 = call i64 @safe_add_func_uint64_t_u_u(i64 noundef %698, i64 noundef 8)
  %700 = call i32 @safe_sub_func_uint32_t_u_u(i32 noundef %652, i32 noundef 0)
  %701 = load ptr, ptr %112, align 8
  %702 = load ptr, ptr %75, align 8
  %703 = icmp ne ptr %701, %702
  %704 = zext i1 %703 to i32
  %705 = trunc i32 %704 to i8
  %706 = call signext i8 @safe_sub_func_int8_t_s_s(i8 noundef signext 124, i8 noundef signext %705)
  %707 = sext i8 %706 to i32
  %708 = load i32, ptr %69, align 4
  %709 = icmp ugt i32 %707, %708
  %710 = zext i1 %709 to i32
  %711 = load i32, ptr %67, align 4
  %712 = or i32 %711, %710
  store i32 %712, ptr %67, align 4
  %713 = sext i32 %712 to i64
  %714 = load i8, ptr %111, align 1
  %715 = zext i8 %714 to i64
  %716 = call i64 @safe_div_func_uint64_t_u_u(i64 noundef %713, i64 noundef %715)
  %717 = load i32, ptr @g_121, align 4
  %718 = sext i32 %717 to i64
  %719 = and i64 %716, %718
  br i1 true, label %727, label %720

720:                                              ; preds = %650
  %721 = load ptr, ptr @g_687, align 8
  %722 = load ptr, ptr %721, align 8
  %723 = load ptr, ptr %722, align 8
  %724 = load i16, ptr %723, align 2
  %725 = sext i16 %724 to i32
  %726 = icmp ne i32 %725, 0
  br label %727

727:                                              ; preds = %720, %650
  %728 = phi i1 [ true, %650 ], [ %726, %720 ]
  %729 = zext i1 %728 to i32
  %730 = load ptr, ptr %4, align 8
  %731 = load ptr, ptr %730, align 8
  %732 = load i32, ptr %731, align 4
  %733 = call i32 @safe_mod_func_uint32_t_u_u(i32 noundef %729, i32 noundef %732)
  %734 = zext i32 %733 to i64
  %735 = load ptr, ptr @g_703, align 8
  %736 = load i64, ptr %735, align 8
  %737 = icmp ule i64 %734, %736
  %738 = zext i1 %737 to i32
  %739 = load ptr, ptr @g_735, align 8
  %740 = load volatile i32, ptr %739, align 4
  %741 = or i32 %740, %738
  store volatile i32 %741, ptr %739, align 4
  %742 = load ptr, ptr @g_611, align 8
  %743 = load ptr, ptr %742, align 8
  %744 = load ptr, ptr @g_612, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %743, ptr align 1 %744, i64 11, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %56, ptr align 1 %743, i64 11, i1 false)
  %745 = load i16, ptr %22, align 2
  %746 = trunc i16 %745 to i8
  store i8 %746, ptr %1, align 1
  br label %919

747:                                              ; preds = %649
  br label %748

748:                                              ; preds = %747, %538
  %749 = load i32, ptr %69, align 4
  %750 = icmp ne i32 %749, 0
  br i1 %750, label %751, label %752

751:                                              ; preds = %748
  br label %916

752:                                              ; preds = %748
  br label %786

753:                                              ; preds = %271
  store ptr @g_266, ptr %114, align 8
  store i32 -7, ptr %115, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %116, ptr align 1 @__const.func_1.l_2727, i64 11, i1 false)
  store i32 1320220644, ptr %117, align 4
  store i32 0, ptr %118, align 4
  br label %754

754:                                              ; preds = %761, %753
  %755 = load i32, ptr %118, align 4
  %756 = icmp slt i32 %755, 5
  br i1 %756, label %757, label %764

757:                                              ; preds = %754
  %758 = load i32, ptr %118, align 4
  %759 = sext i32 %758 to i64
  %760 = getelementptr inbounds [5 x i32], ptr %113, i64 0, i64 %759
  store i32 0, ptr %760, align 4
  br label %761

761:                                              ; preds = %757
  %762 = load i32, ptr %118, align 4
  %763 = add nsw i32 %762, 1
  store i32 %763, ptr %118, align 4
  br label %754, !llvm.loop !31

764:                                              ; preds = %754
  store i64 8, ptr @g_13, align 8
  br label %765

765:                                              ; preds = %777, %764
  %766 = load i64, ptr @g_13, align 8
  %767 = icmp sge i64 %766, 2
  br i1 %767, label %768, label %780

768:                                              ; preds = %765
  store i32 -1121730133, ptr %119, align 4
  %769 = getelementptr inbounds [9 x [1 x [2 x i32]]], ptr %3, i64 0, i64 6
  %770 = getelementptr inbounds [1 x [2 x i32]], ptr %769, i64 0, i64 0
  %771 = getelementptr inbounds [2 x i32], ptr %770, i64 0, i64 0
  store ptr %771, ptr %120, align 8
  store ptr null, ptr %121, align 8
  store ptr %9, ptr %122, align 8
  store ptr %122, ptr %123, align 8
  call void @llvm.memset.p0.i64(ptr align 16 %124, i8 0, i64 40, i1 false)
  %772 = getelementptr inbounds [10 x i32], ptr %124, i32 0, i32 1
  store i32 132540143, ptr %772, align 4
  %773 = getelementptr inbounds [10 x i32], ptr %124, i32 0, i32 3
  store i32 132540143, ptr %773, align 4
  %774 = getelementptr inbounds [10 x i32], ptr %124, i32 0, i32 5
  store i32 132540143, ptr %774, align 4
  %775 = getelementptr inbounds [10 x i32], ptr %124, i32 0, i32 7
  store i32 132540143, ptr %775, align 4
  %776 = getelementptr inbounds [10 x i32], ptr %124, i32 0, i32 9
  store i32 132540143, ptr %776, align 4
  br label %777

777:                                              ; preds = %768
  %778 = load i64, ptr @g_13, align 8
  %779 = sub nsw i64 %778, 1
  store i64 %779, ptr @g_13, align 8
  br label %765, !llvm.loop !32

780:                                              ; preds = %765
  %781 = load ptr, ptr @g_32, align 8
  %782 = load i32, ptr %781, align 4
  %783 = icmp ne i32 %782, 0
  br i1 %783, label %784, label %785

784:                                              ; preds = %780
  br label %913

785:                                              ; preds = %780
  br label %786

786:                                              ; preds = %785, %752
  %787 = load ptr, ptr %4, align 8
  %788 = load ptr, ptr %787, align 8
  %789 = load i32, ptr %788, align 4
  %790 = trunc i32 %789 to i8
  %791 = icmp ne ptr %9, %57
  %792 = zext i1 %791 to i32
  %793 = trunc i32 %792 to i16
  %794 = call signext i16 @safe_rshift_func_int16_t_s_u(i16 noundef signext %793, i32 noundef 2)
  %795 = load ptr, ptr %4, align 8
  %796 = load ptr, ptr %795, align 8
  %797 = load i32, ptr %796, align 4
  %798 = trunc i32 %797 to i16
  %799 = call signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext %794, i16 noundef signext %798)
  %800 = sext i16 %799 to i64
  %801 = load ptr, ptr @g_703, align 8
  %802 = load i64, ptr %801, align 8
  %803 = add i64 %802, 1
  store i64 %803, ptr %801, align 8
  %804 = trunc i64 %802 to i16
  %805 = load i64, ptr getelementptr inbounds ([3 x i64], ptr getelementptr inbounds ([7 x [3 x i64]], ptr getelementptr inbounds ([8 x [7 x [3 x i64]]], ptr @g_69, i64 0, i64 6), i64 0, i64 5), i64 0, i64 2), align 8
  %806 = trunc i64 %805 to i32
  store i32 %806, ptr %54, align 4
  %807 = trunc i32 %806 to i16
  %808 = call signext i16 @safe_div_func_int16_t_s_s(i16 noundef signext %804, i16 noundef signext %807)
  %809 = sext i16 %808 to i32
  %810 = load i32, ptr %23, align 4
  %811 = xor i32 %809, %810
  %812 = load ptr, ptr %61, align 8
  store i32 -1695642834, ptr %812, align 4
  %813 = getelementptr inbounds [3 x ptr], ptr %26, i64 0, i64 0
  %814 = load ptr, ptr %813, align 16
  %815 = icmp eq ptr @g_2052, %814
  %816 = zext i1 %815 to i32
  %817 = trunc i32 %816 to i16
  %818 = call zeroext i16 @safe_lshift_func_uint16_t_u_u(i16 noundef zeroext %817, i32 noundef 8)
  %819 = zext i16 %818 to i32
  %820 = load i64, ptr @g_227, align 8
  %821 = trunc i64 %820 to i32
  %822 = call i32 @safe_div_func_uint32_t_u_u(i32 noundef %819, i32 noundef %821)
  %823 = icmp ult i32 -1695642834, %822
  %824 = zext i1 %823 to i32
  %825 = sext i32 %824 to i64
  %826 = call i64 @safe_unary_minus_func_int64_t_s(i64 noundef %825)
  %827 = icmp eq i64 %826, -5
  %828 = zext i1 %827 to i32
  %829 = sext i32 %828 to i64
  %830 = call i64 @safe_sub_func_uint64_t_u_u(i64 noundef %800, i64 noundef %829)
  %831 = load i64, ptr %62, align 8
  %832 = icmp uge i64 %830, %831
  %833 = zext i1 %832 to i32
  %834 = load volatile ptr, ptr @g_31, align 8
  %835 = load ptr, ptr %834, align 8
  %836 = load i32, ptr %835, align 4
  %837 = xor i32 %833, %836
  %838 = trunc i32 %837 to i16
  %839 = load ptr, ptr %4, align 8
  %840 = load ptr, ptr %839, align 8
  %841 = load i32, ptr %840, align 4
  %842 = trunc i32 %841 to i16
  %843 = call signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext %838, i16 noundef signext %842)
  %844 = load ptr, ptr %4, align 8
  %845 = load ptr, ptr %844, align 8
  %846 = load i32, ptr %845, align 4
  %847 = trunc i32 %846 to i16
  %848 = load ptr, ptr @g_686, align 8
  %849 = load ptr, ptr %848, align 8
  %850 = load ptr, ptr %849, align 8
  %851 = load ptr, ptr %850, align 8
  %852 = load i16, ptr %851, align 2
  %853 = call zeroext i16 @safe_mod_func_uint16_t_u_u(i16 noundef zeroext %847, i16 noundef zeroext %852)
  %854 = call zeroext i16 @safe_rshift_func_uint16_t_u_u(i16 noundef zeroext %853, i32 noundef 14)
  %855 = trunc i16 %854 to i8
  %856 = load ptr, ptr @g_2519, align 8
  %857 = load ptr, ptr %856, align 8
  %858 = load i8, ptr %857, align 1
  %859 = call zeroext i8 @safe_sub_func_uint8_t_u_u(i8 noundef zeroext %855, i8 noundef zeroext %858)
  %860 = zext i8 %859 to i32
  %861 = load i16, ptr %27, align 2
  %862 = zext i16 %861 to i32
  %863 = and i32 %862, %860
  %864 = trunc i32 %863 to i16
  store i16 %864, ptr %27, align 2
  %865 = zext i16 %864 to i32
  %866 = load ptr, ptr %4, align 8
  %867 = load ptr, ptr %866, align 8
  %868 = load i32, ptr %867, align 4
  %869 = icmp sgt i32 %865, %868
  %870 = zext i1 %869 to i32
  %871 = load ptr, ptr %4, align 8
  %872 = load ptr, ptr %871, align 8
  %873 = load i32, ptr %872, align 4
  %874 = call i32 @safe_div_func_int32_t_s_s(i32 noundef %870, i32 noundef %873)
  %875 = trunc i32 %874 to i8
  %876 = call zeroext i8 @safe_div_func_uint8_t_u_u(i8 noundef zeroext 1, i8 noundef zeroext %875)
  %877 = zext i8 %876 to i32
  %878 = load i32, ptr @g_29, align 4
  %879 = icmp eq i32 %877, %878
  %880 = zext i1 %879 to i32
  %881 = trunc i32 %880 to i16
  %882 = load i8, ptr %59, align 1
  %883 = zext i8 %882 to i16
  %884 = call zeroext i16 @safe_mod_func_uint16_t_u_u(i16 noundef zeroext %881, i16 noundef zeroext %883)
  %885 = trunc i16 %884 to i8
  %886 = call zeroext i8 @safe_sub_func_uint8_t_u_u(i8 noundef zeroext %790, i8 noundef zeroext %885)
  %887 = zext i8 %886 to i32
  %888 = load ptr, ptr %4, align 8
  %889 = load ptr, ptr %888, align 8
  %890 = load i32, ptr %889, align 4
  %891 = icmp slt i32 %887, %890
  %892 = zext i1 %891 to i32
  %893 = load ptr, ptr %63, align 8
  %894 = load i8, ptr %893, align 1
  %895 = zext i8 %894 to i32
  %896 = and i32 %895, %892
  %897 = trunc i32 %896 to i8
  store i8 %897, ptr %893, align 1
  %898 = zext i8 %897 to i32
  %899 = load ptr, ptr %4, align 8
  %900 = load ptr, ptr %899, align 8
  %901 = load i32, ptr %900, align 4
  %902 = icmp sle i32 %898, %901
  br i1 %902, label %903, label %906

903:                                              ; preds = %786
  %904 = load i32, ptr %64, align 4
  %905 = icmp ne i32 %904, 0
  br label %906

906:                                              ; preds = %903, %786
  %907 = phi i1 [ false, %786 ], [ %905, %903 ]
  %908 = zext i1 %907 to i32
  %909 = load ptr, ptr %65, align 8
  %910 = load i32, ptr %909, align 4
  %911 = or i32 %910, %908
  store i32 %911, ptr %909, align 4
  %912 = load ptr, ptr @g_735, align 8
  store volatile i32 57027, ptr %912, align 4
  br label %913

913:                                              ; preds = %906, %784
  %914 = load i64, ptr @g_1508, align 8
  %915 = add i64 %914, 1
  store i64 %915, ptr @g_1508, align 8
  br label %184, !llvm.loop !33

916:                                              ; preds = %751, %184
  %917 = load ptr, ptr @g_907, align 8
  %918 = load i8, ptr %917, align 1
  store i8 %918, ptr %1, align 1
  br label %919

919:                                              ; preds = %916, %727, %641, %436, %432, %348
  %920 = load i8, ptr %1, align 1
  ret i8 %920
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
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str.47, ptr noundef %11, i64 noundef %14)
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
  %6 = call i32 (ptr, ...) @printf(ptr noundef @.str.50, i32 noundef %5)
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

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
define internal zeroext i8 @safe_lshift_func_uint8_t_u_s(i8 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp slt i32 %5, 0
  br i1 %6, label %16, label %7

7:                                                ; preds = %2
  %8 = load i32, ptr %4, align 4
  %9 = icmp sge i32 %8, 32
  br i1 %9, label %16, label %10

10:                                               ; preds = %7
  %11 = load i8, ptr %3, align 1
  %12 = zext i8 %11 to i32
  %13 = load i32, ptr %4, align 4
  %14 = ashr i32 255, %13
  %15 = icmp sgt i32 %12, %14
  br i1 %15, label %16, label %19

16:                                               ; preds = %10, %7, %2
  %17 = load i8, ptr %3, align 1
  %18 = zext i8 %17 to i32
  br label %24

19:                                               ; preds = %10
  %20 = load i8, ptr %3, align 1
  %21 = zext i8 %20 to i32
  %22 = load i32, ptr %4, align 4
  %23 = shl i32 %21, %22
  br label %24

24:                                               ; preds = %19, %16
  %25 = phi i32 [ %18, %16 ], [ %23, %19 ]
  %26 = trunc i32 %25 to i8
  ret i8 %26
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
define internal i32 @safe_unary_minus_func_int32_t_s(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = icmp eq i32 %3, -2147483648
  br i1 %4, label %5, label %7

5:                                                ; preds = %1
  %6 = load i32, ptr %2, align 4
  br label %10

7:                                                ; preds = %1
  %8 = load i32, ptr %2, align 4
  %9 = sub nsw i32 0, %8
  br label %10

10:                                               ; preds = %7, %5
  %11 = phi i32 [ %6, %5 ], [ %9, %7 ]
  ret i32 %11
}

; Function Attrs: noinline nounwind uwtable
define internal ptr @func_102(i32 noundef %0, ptr noundef %1, i32 noundef %2, i64 %3, i24 %4) #0 {
  %6 = alloca %struct.S0, align 1
  %7 = alloca { i64, i24 }, align 1
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  %11 = alloca ptr, align 8
  %12 = alloca ptr, align 8
  %13 = getelementptr inbounds { i64, i24 }, ptr %7, i32 0, i32 0
  store i64 %3, ptr %13, align 1
  %14 = getelementptr inbounds { i64, i24 }, ptr %7, i32 0, i32 1
  store i24 %4, ptr %14, align 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %6, ptr align 1 %7, i64 11, i1 false)
  store i32 %0, ptr %8, align 4
  store ptr %1, ptr %9, align 8
  store i32 %2, ptr %10, align 4
  store ptr null, ptr %11, align 8
  store ptr %11, ptr %12, align 8
  %15 = load ptr, ptr %11, align 8
  %16 = load ptr, ptr %12, align 8
  store ptr %15, ptr %16, align 8
  ret ptr @g_21
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
define internal zeroext i16 @safe_unary_minus_func_uint16_t_u(i16 noundef zeroext %0) #0 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2
  %3 = load i16, ptr %2, align 2
  %4 = zext i16 %3 to i32
  %5 = sub nsw i32 0, %4
  %6 = trunc i32 %5 to i16
  ret i16 %6
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
define internal signext i16 @safe_lshift_func_int16_t_s_u(i16 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2
  store i32 %1, ptr %4, align 4
  %5 = load i16, ptr %3, align 2
  %6 = sext i16 %5 to i32
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %17, label %8

8:                                                ; preds = %2
  %9 = load i32, ptr %4, align 4
  %10 = icmp uge i32 %9, 32
  br i1 %10, label %17, label %11

11:                                               ; preds = %8
  %12 = load i16, ptr %3, align 2
  %13 = sext i16 %12 to i32
  %14 = load i32, ptr %4, align 4
  %15 = ashr i32 32767, %14
  %16 = icmp sgt i32 %13, %15
  br i1 %16, label %17, label %20

17:                                               ; preds = %11, %8, %2
  %18 = load i16, ptr %3, align 2
  %19 = sext i16 %18 to i32
  br label %25

20:                                               ; preds = %11
  %21 = load i16, ptr %3, align 2
  %22 = sext i16 %21 to i32
  %23 = load i32, ptr %4, align 4
  %24 = shl i32 %22, %23
  br label %25

25:                                               ; preds = %20, %17
  %26 = phi i32 [ %19, %17 ], [ %24, %20 ]
  %27 = trunc i32 %26 to i16
  ret i16 %27
}

; Function Attrs: noinline nounwind uwtable
define internal signext i16 @safe_mod_func_int16_t_s_s(i16 noundef signext %0, i16 noundef signext %1) #0 {
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
  %24 = srem i32 %21, %23
  br label %25

25:                                               ; preds = %19, %16
  %26 = phi i32 [ %18, %16 ], [ %24, %19 ]
  %27 = trunc i32 %26 to i16
  ret i16 %27
}

; Function Attrs: noinline nounwind uwtable
define internal i64 @safe_div_func_uint64_t_u_u(i64 noundef %0, i64 noundef %1) #0 {
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
  %12 = udiv i64 %10, %11
  br label %13

13:                                               ; preds = %9, %7
  %14 = phi i64 [ %8, %7 ], [ %12, %9 ]
  ret i64 %14
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
define internal i64 @safe_add_func_uint64_t_u_u(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = add i64 %5, %6
  ret i64 %7
}

; Function Attrs: noinline nounwind uwtable
define internal signext i8 @safe_rshift_func_int8_t_s_u(i8 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1
  store i32 %1, ptr %4, align 4
  %5 = load i8, ptr %3, align 1
  %6 = sext i8 %5 to i32
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %11, label %8

8:                                                ; preds = %2
  %9 = load i32, ptr %4, align 4
  %10 = icmp uge i32 %9, 32
  br i1 %10, label %11, label %14

11:                                               ; preds = %8, %2
  %12 = load i8, ptr %3, align 1
  %13 = sext i8 %12 to i32
  br label %19

14:                                               ; preds = %8
  %15 = load i8, ptr %3, align 1
  %16 = sext i8 %15 to i32
  %17 = load i32, ptr %4, align 4
  %18 = ashr i32 %16, %17
  br label %19

19:                                               ; preds = %14, %11
  %20 = phi i32 [ %13, %11 ], [ %18, %14 ]
  %21 = trunc i32 %20 to i8
  ret i8 %21
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

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
define internal zeroext i16 @safe_rshift_func_uint16_t_u_u(i16 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp uge i32 %5, 32
  br i1 %6, label %7, label %10

7:                                                ; preds = %2
  %8 = load i16, ptr %3, align 2
  %9 = zext i16 %8 to i32
  br label %15

10:                                               ; preds = %2
  %11 = load i16, ptr %3, align 2
  %12 = zext i16 %11 to i32
  %13 = load i32, ptr %4, align 4
  %14 = ashr i32 %12, %13
  br label %15

15:                                               ; preds = %10, %7
  %16 = phi i32 [ %9, %7 ], [ %14, %10 ]
  %17 = trunc i32 %16 to i16
  ret i16 %17
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
