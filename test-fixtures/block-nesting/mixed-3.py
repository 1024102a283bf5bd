async def g():
 try:
  pass
 except E:
  pass
 else:
  with x, z:
   with x, z:
    try:
     pass
    except E as e:
     async with x:
      with x, z:
       for x in y:
        pass
       else:
        if x:
         try:
          try:
           try:
            pass
           except E:
            pass
           else:
            try:
             for x in y:
              pass
             else:
              try:
               if x:
                try:
                 with x, z:
                  with x, z:
                   pass
                except E:
                 pass
                finally:
                 pass
              except* E:
               pass
            except E:
             pass
          except E:
           pass
          finally:
           pass
         except E:
          pass
